/**
 * The year grid's model: plain dates (YYYY-MM-DD, no time zone involved), what each day is (holiday, swapped,
 * make-up Saturday, ward day off, weekend), and the colours and words for each kind.
 */
import type { HolidayEntry, HolidayKind, WardDayOff } from '../../../../src/modules/calendar/contracts.ts';
import type { Lang } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/vi.ts';

export type DayKind = HolidayKind | 'ward' | 'weekend' | 'workday';

export const LEGEND: readonly DayKind[] = ['holiday', 'compensatory', 'swapped', 'makeup-workday', 'ward', 'weekend'];

export const KIND_LABEL: Record<DayKind, MessageKey> = {
  holiday: 'cal.kind.holiday',
  compensatory: 'cal.kind.compensatory',
  swapped: 'cal.kind.swapped',
  'makeup-workday': 'cal.kind.makeup',
  ward: 'cal.kind.ward',
  weekend: 'cal.kind.weekend',
  workday: 'cal.kind.workday',
};

/** antd tag colours matching the grid's cell colours. */
export const KIND_TAG: Record<DayKind, string> = {
  holiday: 'red',
  compensatory: 'orange',
  swapped: 'purple',
  'makeup-workday': 'green',
  ward: 'blue',
  weekend: 'default',
  workday: 'default',
};

export interface DayInfo {
  date: string;
  day: number;
  kind: DayKind;
  /** Entries of the day that give it its kind (enabled ones), then the disabled ones. */
  entries: HolidayEntry[];
  /** An entry kept as data without the day off (e.g. the unconfirmed 24/11). */
  disabled: HolidayEntry | undefined;
  wardDayOff: WardDayOff | undefined;
}

export const pad = (n: number) => String(n).padStart(2, '0');
export const plainDate = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndex(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `2026-02-14` → `14/02/2026`. */
export function formatPlainDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

export const WEEKDAY_LONG: Record<Lang, readonly string[]> = {
  vi: ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};
export const WEEKDAY_SHORT: Record<Lang, readonly string[]> = {
  vi: ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'],
  en: ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'],
};
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export const weekdayName = (date: string, lang: Lang) => WEEKDAY_LONG[lang][weekdayIndex(date)] ?? '';
export const monthName = (month: number, lang: Lang) =>
  lang === 'en' ? (MONTHS_EN[month - 1] ?? '') : `Tháng ${month}`;

/** The entry's name in the reader's language (Vietnamese when no English name was given). */
export const entryName = (e: { name: string; nameEn?: string | undefined }, lang: Lang) =>
  lang === 'en' && e.nameEn ? e.nameEn : e.name;

export function isWardEntry(e: HolidayEntry, wardDates: ReadonlySet<string>): boolean {
  return e.note === 'ward' && e.source === 'announced' && wardDates.has(e.date);
}

/** Every day of the month, keyed by date, classified. */
export function buildMonth(
  year: number,
  month: number,
  byDate: ReadonlyMap<string, HolidayEntry[]>,
  wardDays: ReadonlyMap<string, WardDayOff>,
): DayInfo[] {
  const days: DayInfo[] = [];
  for (let d = 1; d <= daysInMonth(year, month); d++) {
    const date = plainDate(year, month, d);
    const wardDayOff = wardDays.get(date);
    const national = (byDate.get(date) ?? []).filter((e) => !(wardDayOff && isWardEntry(e, new Set([date]))));
    const enabled = national.filter((e) => e.enabled);
    const disabled = national.find((e) => !e.enabled);
    const weekend = weekdayIndex(date) >= 5;
    const kind: DayKind = enabled[0]?.kind ?? (wardDayOff ? 'ward' : weekend ? 'weekend' : 'workday');
    days.push({ date, day: d, kind, entries: [...enabled, ...(disabled ? [disabled] : [])], disabled, wardDayOff });
  }
  return days;
}

export function groupByDate(entries: readonly HolidayEntry[]): Map<string, HolidayEntry[]> {
  const m = new Map<string, HolidayEntry[]>();
  for (const e of entries) m.set(e.date, [...(m.get(e.date) ?? []), e]);
  return m;
}

/** Today in the ward's zone as a plain date. */
export function todayPlain(): string {
  const p = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
  return p;
}
