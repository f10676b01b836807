/**
 * The plan per officer: a heatmap of planned hours per officer and week (or per working day for the first
 * four weeks), and the totals per officer.
 */
import { Card, Segmented } from 'antd';
import { useMemo, useState } from 'react';
import type { PlanAssignment } from '../../../../src/modules/backlog/contracts.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { formatPlainDate } from './backlog-format.ts';
import { type ChartOption, EChart } from './EChart.tsx';
import { useAssignments } from './queries.ts';

type Scale = 'week' | 'day';

/** The index of the planned hours in a heatmap data item. */
const HOURS = 2;

/** Monday of the week of a YYYY-MM-DD date. */
function mondayOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

export function grid(assignments: PlanAssignment[], scale: Scale) {
  const days = [...new Set(assignments.map((a) => a.day))].sort();
  const columns =
    scale === 'week' ? [...new Set(days.map(mondayOf))].sort() : days.filter((d) => d < addDays(days[0], 28));
  const staff = [...new Set(assignments.map((a) => a.staffId))].sort();
  const cell = new Map<string, { hours: number; items: number }>();
  for (const a of assignments) {
    const col = scale === 'week' ? mondayOf(a.day) : a.day;
    const key = `${a.staffId}|${col}`;
    const c = cell.get(key) ?? { hours: 0, items: 0 };
    c.hours += a.effortHours;
    c.items += 1;
    cell.set(key, c);
  }
  return { columns, staff, cell };
}

function addDays(day: string | undefined, n: number): string {
  if (!day) return '';
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export function AssignmentsCard({ planId, nameOf }: { planId: string; nameOf: (id: string) => string }) {
  const { t, lang } = useI18n();
  const [scale, setScale] = useState<Scale>('week');
  const assignments = useAssignments(Boolean(planId));
  const option = useMemo((): ChartOption | null => {
    const list = assignments.data ?? [];
    if (list.length === 0) return null;
    const g = grid(list, scale);
    // [column, officer, hours, items]: the colour is the hours (HOURS below), the label the items.
    const data: [number, number, number, number][] = [];
    g.staff.forEach((s, y) => {
      g.columns.forEach((c, x) => {
        const v = g.cell.get(`${s}|${c}`);
        if (v) data.push([x, y, Math.round(v.hours * 10) / 10, v.items]);
      });
    });
    const max = Math.max(1, ...data.map((d) => d[HOURS]));
    return {
      tooltip: {
        formatter: (p) => {
          const [x, y, hours, items] = (p as unknown as { value: [number, number, number, number] }).value;
          return `${nameOf(g.staff[y] ?? '')}<br/>${formatPlainDate(g.columns[x])}: ${t('bl.plan.cell', {
            n: items,
            h: formatNumber(hours, lang),
          })}`;
        },
      },
      grid: { left: 160, right: 90, top: 8, bottom: 56 },
      xAxis: {
        type: 'category',
        data: g.columns.map((c) => formatPlainDate(c).slice(0, 5)),
        splitArea: { show: true },
        axisLabel: { rotate: 45 },
      },
      yAxis: { type: 'category', data: g.staff.map(nameOf), splitArea: { show: true } },
      visualMap: {
        // Without it ECharts colours by an item's last value (the item count) against this hours scale.
        dimension: HOURS,
        min: 0,
        max,
        calculable: true,
        orient: 'vertical',
        right: 0,
        top: 'middle',
        itemHeight: 100,
        inRange: { color: ['#fdf3e7', '#d4380d', '#6e1111'] },
      },
      series: [
        {
          type: 'heatmap',
          data,
          label: { show: scale === 'week', formatter: (p) => String((p.value as number[])[3]) },
        },
      ],
    };
  }, [assignments.data, scale, nameOf, t, lang]);
  const staffCount = new Set((assignments.data ?? []).map((a) => a.staffId)).size;

  return (
    <Card
      className="bl-gap"
      title={t('bl.plan.assignments', { n: assignments.data?.length ?? 0 })}
      extra={
        <Segmented<Scale>
          value={scale}
          onChange={setScale}
          options={[
            { value: 'week', label: t('bl.plan.perWeek') },
            { value: 'day', label: t('bl.plan.perDay') },
          ]}
        />
      }
    >
      {assignments.isError ? <ErrorAlert error={assignments.error} /> : null}
      {option ? (
        <EChart option={option} height={Math.max(180, staffCount * 44 + 100)} testId="assignments-heatmap" />
      ) : (
        <p className="bl-muted">{t('bl.plan.noAssignments')}</p>
      )}
      <p className="bl-small">{scale === 'week' ? t('bl.plan.weekHint') : t('bl.plan.dayHint')}</p>
    </Card>
  );
}
