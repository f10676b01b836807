/** ECharts options of the burn-down: remaining per group, the milestone line, the forecast with its band. */
import type { Burndown } from '../../../../src/modules/backlog/contracts.ts';
import type { MessageKey } from '../../i18n/vi.ts';
import { formatPlainDate } from './backlog-format.ts';
import type { ChartOption } from './EChart.tsx';

type T = (key: MessageKey) => string;
const MAROON = '#6e1111';

const axisDate = (v: number) => formatPlainDate(new Date(v).toISOString().slice(0, 10));

export function burndownOption(
  b: Burndown,
  series: Burndown['series'],
  nameOf: (group: string) => string,
  t: T,
): ChartOption {
  const last = b.series[0]?.points.at(-1)?.date;
  const total = b.groupBy === 'total' ? b.series[0] : undefined;
  // The milestone line starts from every competent item found so far (discovered), not from what is left.
  const startRemaining = b.weekly.reduce((n, w) => n + w.discovered, 0);
  const f = b.forecast;
  const lines: ChartOption['series'] = series.map((s) => ({
    type: 'line',
    name: nameOf(s.group),
    data: s.points.map((p) => [p.date, p.remaining]),
    symbolSize: 6,
    lineStyle: { width: 2.5 },
    ...(b.groupBy === 'total' ? { color: MAROON, areaStyle: { opacity: 0.08 } } : {}),
  }));
  if (b.groupBy === 'total' && total && b.milestones.length > 0) {
    lines.push({
      type: 'line',
      name: t('bl.bd.milestoneLine'),
      data: [[total.points[0]?.date ?? '', startRemaining], ...b.milestones.map((m) => [m.date, m.targetRemaining])],
      symbol: 'diamond',
      symbolSize: 10,
      color: '#d48806',
      lineStyle: { type: 'dashed', width: 2 },
      label: { show: true, formatter: (p) => String((p.value as [string, number])[1]) },
    });
  }
  if (b.groupBy === 'total' && last && f.expected) {
    lines.push({
      type: 'line',
      name: t('bl.bd.forecast'),
      data: [
        [last, f.remaining],
        [f.expected, 0],
      ],
      color: '#1677ff',
      lineStyle: { type: 'dotted', width: 2 },
      markArea:
        f.optimistic && f.pessimistic
          ? {
              itemStyle: { color: 'rgba(22,119,255,0.08)' },
              data: [[{ xAxis: f.optimistic }, { xAxis: f.pessimistic }]],
            }
          : undefined,
    });
  }
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v) => String(v) },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 48, right: 24, top: 40, bottom: 32 },
    xAxis: { type: 'time', axisLabel: { formatter: axisDate, hideOverlap: true } },
    yAxis: { type: 'value', min: 0, name: t('bl.bd.items') },
    series: lines,
  };
}

export function weeklyOption(b: Burndown, t: T): ChartOption {
  const weeks = b.weekly.map((w) => formatPlainDate(w.weekStart));
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 24, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: weeks },
    yAxis: { type: 'value' },
    series: [
      {
        type: 'bar',
        name: t('bl.bd.closed'),
        data: b.weekly.map((w) => w.closed),
        color: '#389e0d',
        barMaxWidth: 36,
      },
      {
        type: 'bar',
        name: t('bl.bd.discovered'),
        data: b.weekly.map((w) => -w.discovered),
        color: '#cf1322',
        barMaxWidth: 36,
      },
      {
        type: 'line',
        name: t('bl.bd.net'),
        data: b.weekly.map((w) => w.netReduction),
        color: MAROON,
        lineStyle: { width: 2 },
      },
    ],
  };
}
