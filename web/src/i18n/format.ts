/**
 * Dates and numbers for people: always dd/mm/yyyy (both languages), times in the ward's zone (Asia/Ho_Chi_Minh).
 */
import type { Lang } from './I18nProvider.tsx';

export const WARD_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const dateParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: WARD_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function parts(value: string | Date): Record<string, string> {
  const d = typeof value === 'string' ? new Date(value) : value;
  return Object.fromEntries(dateParts.formatToParts(d).map((p) => [p.type, p.value]));
}

/** `2026-03-05T01:00:00Z` → `05/03/2026` (ward time). */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return '—';
  const p = parts(value);
  return `${p.day}/${p.month}/${p.year}`;
}

/** `2026-03-05T01:00:00Z` → `05/03/2026 08:00` (ward time). */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return '—';
  const p = parts(value);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

export function formatNumber(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'vi-VN', { maximumFractionDigits: 2 }).format(value);
}

const weekday = { vi: 'vi-VN', en: 'en-GB' } as const;

/** The long form for headings: "Thứ Năm, 05/03/2026". */
export function formatToday(now: Date, lang: Lang): string {
  const day = new Intl.DateTimeFormat(weekday[lang], { timeZone: WARD_TIME_ZONE, weekday: 'long' }).format(now);
  const name = day.charAt(0).toUpperCase() + day.slice(1);
  return `${name}, ${formatDate(now)}`;
}
