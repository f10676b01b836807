/**
 * A legal date without time or zone (`YYYY-MM-DD`), as written on Vietnamese official forms.
 * Never build one from `new Date('…')` in domain code: dates are calendar facts, not instants.
 */
declare const plainDateBrand: unique symbol;
export type PlainDate = string & { readonly [plainDateBrand]: true };

const PLAIN_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isPlainDate(value: string): value is PlainDate {
  const m = PLAIN_DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

/** Parses `YYYY-MM-DD`; throws a TypeError for anything else (callers validate input with zod first). */
export function plainDate(value: string): PlainDate {
  if (!isPlainDate(value)) throw new TypeError(`Not a PlainDate: ${value}`);
  return value;
}

export function plainDateOf(year: number, month: number, day: number): PlainDate {
  return plainDate(`${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`);
}

export function plainDateParts(date: PlainDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Days since 1970-01-01 (proleptic Gregorian). */
export function toEpochDay(date: PlainDate): number {
  const { year, month, day } = plainDateParts(date);
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
}

const byEpochDay = new Map<number, PlainDate>();

/** The date of an epoch day (memoised: deadline arithmetic converts the same days again and again). */
export function fromEpochDay(epochDay: number): PlainDate {
  const known = byEpochDay.get(epochDay);
  if (known) return known;
  const d = new Date(epochDay * 86_400_000);
  const date = plainDateOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  if (byEpochDay.size < 200_000) byEpochDay.set(epochDay, date);
  return date;
}

export function addDays(date: PlainDate, days: number): PlainDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: PlainDate): number {
  return (((toEpochDay(date) + 4) % 7) + 7) % 7;
}

export function comparePlainDates(a: PlainDate, b: PlainDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `dd/mm/yyyy`, the way Vietnamese forms print a date. */
export function formatPlainDateVi(date: PlainDate): string {
  const { year, month, day } = plainDateParts(date);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
