/** Twelve months of one year, each day coloured by what it is, with a legend and the day's names on hover. */
import { Tooltip } from 'antd';
import { useMemo } from 'react';
import type { HolidayEntry, WardDayOff } from '../../../../src/modules/calendar/contracts.ts';
import { type Translate, useI18n } from '../../i18n/I18nProvider.tsx';
import {
  buildMonth,
  type DayInfo,
  entryName,
  formatPlainDate,
  groupByDate,
  KIND_LABEL,
  LEGEND,
  monthName,
  todayPlain,
  WEEKDAY_LONG,
  WEEKDAY_SHORT,
  weekdayIndex,
  weekdayName,
} from './calendar-model.ts';

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

export function Legend() {
  const { t } = useI18n();
  return (
    <ul className="cal-legend" aria-label={t('cal.legend')}>
      {LEGEND.map((k) => (
        <li key={k}>
          <span className={`cal-swatch cal-day--${k}`} aria-hidden="true" />
          {t(KIND_LABEL[k])}
        </li>
      ))}
      <li>
        <span className="cal-swatch cal-day--disabled-entry" aria-hidden="true" />
        {t('cal.kind.disabled')}
      </li>
    </ul>
  );
}

function describe(day: DayInfo, t: Translate, lang: 'vi' | 'en'): string[] {
  const lines = day.entries.map((e) => {
    const name = entryName(e, lang);
    const kind = t(KIND_LABEL[e.kind === 'holiday' && e.note === 'ward' ? 'ward' : e.kind]);
    return e.enabled ? `${name} — ${kind}` : `${name} — ${t('cal.kind.disabled')}`;
  });
  if (day.wardDayOff) lines.push(`${day.wardDayOff.name} — ${t('cal.kind.ward')}`);
  return lines;
}

function DayCell({ day, today }: { day: DayInfo; today: string }) {
  const { t, lang } = useI18n();
  const heading = `${weekdayName(day.date, lang)}, ${formatPlainDate(day.date)}`;
  const lines = describe(day, t, lang);
  const className = [
    'cal-day',
    `cal-day--${day.kind}`,
    day.disabled && day.kind !== 'holiday' ? 'cal-day--disabled-entry' : '',
    day.date === today ? 'cal-day--today' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const label = [heading, ...lines, lines.length === 0 && day.kind === 'weekend' ? t('cal.kind.weekend') : '']
    .filter(Boolean)
    .join('. ');
  const cell = (
    <div className={className} data-date={day.date} data-kind={day.kind} title={lines.length ? undefined : label}>
      <span aria-hidden="true">{day.day}</span>
      <span className="sr-only">{label}</span>
    </div>
  );
  if (lines.length === 0) return cell;
  return (
    <Tooltip
      title={
        <>
          <strong>{heading}</strong>
          {lines.map((l) => (
            <div key={l}>{l}</div>
          ))}
        </>
      }
      mouseEnterDelay={0.05}
    >
      {cell}
    </Tooltip>
  );
}

/** The month's days in rows of Monday–Sunday weeks; null pads the first and last week. */
function weeks(days: DayInfo[]): (DayInfo | null)[][] {
  const lead = days[0] ? weekdayIndex(days[0].date) : 0;
  const cells: (DayInfo | null)[] = [...Array.from({ length: lead }, () => null), ...days];
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

function Month({ days, month, year }: { days: DayInfo[]; month: number; year: number }) {
  const { lang } = useI18n();
  const today = todayPlain();
  const offs = days.filter((d) => d.kind !== 'workday' && d.kind !== 'weekend' && d.kind !== 'makeup-workday').length;
  const title = `${monthName(month, lang)} ${year}`;
  return (
    <table className="cal-month" aria-label={title}>
      <caption>
        <div className="cal-month-title">
          <span>{monthName(month, lang)}</span>
          {offs > 0 ? <span className="cal-month-count">{offs}</span> : null}
        </div>
      </caption>
      <thead>
        <tr>
          {WEEKDAY_SHORT[lang].map((w, i) => (
            <th
              key={w}
              scope="col"
              abbr={WEEKDAY_LONG[lang][i]}
              className={i >= 5 ? 'cal-wd cal-wd--weekend' : 'cal-wd'}
            >
              {w}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks(days).map((week) => (
          <tr key={week.find(Boolean)?.date}>
            {week.map((d, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a week has seven fixed positions
              <td key={i}>{d ? <DayCell day={d} today={today} /> : null}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function YearGrid({
  year,
  entries,
  daysOff,
}: {
  year: number;
  entries: readonly HolidayEntry[];
  daysOff: readonly WardDayOff[];
}) {
  const months = useMemo(() => {
    const byDate = groupByDate(entries);
    const ward = new Map(daysOff.map((d) => [d.date as string, d]));
    return MONTHS.map((m) => ({ month: m, days: buildMonth(year, m, byDate, ward) }));
  }, [year, entries, daysOff]);
  return (
    <div className="cal-year" data-testid="year-grid" data-year={year}>
      {months.map((m) => (
        <Month key={m.month} month={m.month} days={m.days} year={year} />
      ))}
    </div>
  );
}
