/**
 * Recommended counters as a heatmap: weekdays (Monday first) down, working hours across, the number of counters
 * in each cell; the tooltip gives the hour's arrivals, counters, service level and mean wait. The ECharts wrapper
 * is the backlog's, so both pages share one lazily loaded chart chunk.
 */
import { useMemo } from 'react';
import { formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { type ChartOption, EChart } from '../backlog/EChart.tsx';
import { WEEKDAY_LONG } from '../calendar/calendar-model.ts';
import { gridHours, hourSpan, type StaffingHour, weekRow } from './staffing-model.ts';

export function StaffingHeatmap({ hours, targetMinutes }: { hours: readonly StaffingHour[]; targetMinutes: number }) {
  const { t, lang } = useI18n();
  const option = useMemo((): ChartOption => {
    const columns = gridHours(hours);
    const days = WEEKDAY_LONG[lang];
    const max = Math.max(1, ...hours.map((h) => h.counters));
    // [column, row, counters, index into hours]; white figures on the darker half of the scale.
    const data = hours.map((h, i) => ({
      value: [columns.indexOf(h.hour), weekRow(h.dayOfWeek), h.counters, i],
      label: { color: h.counters / max > 0.5 ? '#fff' : '#1f1f1f' },
    }));
    const num = (n: number) => formatNumber(n, lang);
    return {
      tooltip: {
        formatter: (p) => {
          const h = hours[(p as unknown as { value: number[] }).value[3] ?? -1];
          if (!h) return '';
          return [
            `<strong>${days[weekRow(h.dayOfWeek)]}, ${hourSpan(h.hour)}</strong>`,
            t('queue.staffing.tipArrivals', { n: num(Math.round(h.arrivalsPerHour * 10) / 10) }),
            t('queue.staffing.tipCounters', { n: h.counters }),
            t('queue.staffing.tipLevel', {
              m: targetMinutes,
              p: t('queue.staffing.percent', { n: num(Math.round(h.serviceLevel * 100)) }),
            }),
            t('queue.staffing.tipWait', { n: num(h.meanWaitMinutes) }),
          ].join('<br/>');
        },
      },
      grid: { left: 96, right: 72, top: 8, bottom: 32 },
      xAxis: {
        type: 'category',
        data: columns.map((c) => `${c}:00`),
        splitArea: { show: true },
        axisTick: { alignWithLabel: true },
      },
      yAxis: { type: 'category', data: [...days], inverse: true, splitArea: { show: true } },
      visualMap: {
        // Colour by the counters, not by the last dimension (ECharts' default, here the row index).
        dimension: 2,
        min: 0,
        max,
        precision: 0,
        calculable: true,
        orient: 'vertical',
        right: 0,
        top: 'middle',
        itemHeight: 120,
        inRange: { color: ['#fdf3e7', '#d4380d', '#6e1111'] },
      },
      series: [
        {
          type: 'heatmap',
          data,
          label: {
            show: true,
            formatter: (p) => String((p.value as number[])[2]),
            fontWeight: 'bold',
            fontSize: 14,
          },
          itemStyle: { borderColor: '#fff', borderWidth: 1 },
        },
      ],
    };
  }, [hours, targetMinutes, t, lang]);
  return <EChart option={option} height={360} testId="staffing-heatmap" />;
}
