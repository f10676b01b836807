/**
 * Reads a published processing time ("05 ngày làm việc kể từ ngày nhận đủ hồ sơ", "Trong ngày …
 * sau 15 giờ thì ngày làm việc tiếp theo") into a structured Duration. Pure; no I/O.
 *
 * Rules, in order:
 * 1. Empty text → unknown.
 * 2. "(ngay) trong ngay …" (not "trong ngày làm việc tiếp theo") → same_day, cut-off from "sau HH giờ"
 *    (default 15:00, the civil-status and certification rule).
 * 3. Otherwise the first "<number> <unit>" where the unit is ngày làm việc / giờ (làm việc) / ngày /
 *    tháng; a range "10-15" takes its upper bound. "sau 15 giờ" is a cut-off, never a duration;
 *    procedure codes (1.001193.01) and legal references are ignored; a number with an unknown unit
 *    ("03 (đơn vị 'khác')") is skipped.
 * 4. "01 ngày làm việc" together with a 15:00 cut-off clause → same_day (portal wording of the
 *    same-day rule).
 * 5. Nothing found → unknown. `needsReview` is set for unknown, and when the text carries a number
 *    published without a unit ("03 (đơn vị 'khác')"), whatever else was found.
 */
import type { Duration } from '../contracts.ts';
import { foldDiacritics } from './normalise.ts';

export interface ParsedTime {
  duration: Duration;
  /** Every duration mentioned, in order (case variants, hard-area extensions…), for the reviewer. */
  mentions: Duration[];
  /** True when an administrator must look: nothing readable, or a number published without a unit. */
  needsReview: boolean;
}

const NUMBER_WORDS: Record<string, string> = {
  mot: '1',
  hai: '2',
  ba: '3',
  bon: '4',
  nam: '5',
  sau: '6',
  bay: '7',
  tam: '8',
  chin: '9',
  muoi: '10',
};

const UNIT = '(ngay lam viec|ngay|gio lam viec|gio|thang)';
const DURATION_RE = new RegExp(
  `(?<![\\d.,/])(\\d+(?:[.,]\\d+)?)(?:\\s*(?:-|den)\\s*(\\d+(?:[.,]\\d+)?))?\\s+${UNIT}(?![a-z])`,
  'g',
);
const CUTOFF_RE = /sau (\d{1,2})(?:[ :h](\d{2}))? gio/;

function prepare(text: string): string {
  let t = foldDiacritics(text).toLowerCase();
  t = t.replace(/\d+\.\d{6}(?:\.\d{1,2})?(?:\/\.\d{1,2})*/g, ' '); // procedure codes
  t = t.replace(/\d+\/\d+(?:\/[\w-]+)?/g, ' '); // legal references and dates: 23/2015, 1872/qd-btp
  t = t.replace(/\((mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi)\)/g, ' '); // "02 (hai) ngày"
  t = t.replace(
    /\b(trong|qua|toi da|khoang) (mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi) (ngay|thang|gio)/g,
    (_m, a, w, u) => `${a} ${NUMBER_WORDS[w]} ${u}`,
  );
  return t.replace(/\s+/g, ' ');
}

function toDuration(value: number, unit: string): Duration {
  switch (unit) {
    case 'ngay lam viec':
      return { kind: 'working_days', value };
    case 'gio':
    case 'gio lam viec':
      return { kind: 'working_hours', value };
    case 'thang':
      return { kind: 'months', value };
    default:
      return { kind: 'calendar_days', value };
  }
}

function cutoffOf(t: string): string | undefined {
  const m = CUTOFF_RE.exec(t);
  if (!m) return undefined;
  const hour = Number(m[1]);
  if (hour < 7 || hour > 20) return undefined;
  return `${String(hour).padStart(2, '0')}:${m[2] ?? '00'}`;
}

/** Index where a same-day clause ("trong ngày …", "ngay trong ngày") opens, or -1. */
function sameDayAt(t: string): number {
  for (const m of t.matchAll(/(^|[^a-z])(ngay )?trong ngay(?! lam viec tiep theo)(?! ke tu)/g)) {
    const start = m.index + m[1]!.length;
    const before = t.slice(0, start).trimEnd();
    if (before === '' || /[(;:.,]$/.test(before) || /(theo|la)$/.test(before)) return start;
  }
  return -1;
}

export function parseProcessingTime(text: string | null | undefined): ParsedTime {
  if (!text?.trim()) return { duration: { kind: 'unknown' }, mentions: [], needsReview: true };
  const t = prepare(text);
  const cutoff = cutoffOf(t);
  // Cut-off clauses are blanked with spaces of the same length so positions stay comparable.
  const scan = t.replace(/sau \d{1,2}(?:[ :h]\d{2})? gio/g, (m) => ' '.repeat(m.length));
  const mentions: Duration[] = [];
  let firstAt = -1;
  for (const m of scan.matchAll(DURATION_RE)) {
    const value = Number((m[2] ?? m[1])!.replace(',', '.'));
    if (!(value > 0)) continue;
    if (firstAt < 0) firstAt = m.index;
    mentions.push(toDuration(value, m[3]!));
  }
  const unitless = /\d+ \(don vi '?khac'?\)/.test(t);
  const result = (duration: Duration): ParsedTime => ({
    duration,
    mentions,
    needsReview: duration.kind === 'unknown' || unitless,
  });
  const sameDay = sameDayAt(t);
  if (sameDay >= 0 && (firstAt < 0 || sameDay < firstAt)) {
    return result({ kind: 'same_day', cutoff: cutoff ?? '15:00' });
  }
  const first = mentions[0];
  if (!first) return result({ kind: 'unknown' });
  if (cutoff && (first.kind === 'working_days' || first.kind === 'calendar_days') && first.value === 1) {
    return result({ kind: 'same_day', cutoff });
  }
  return result(first);
}

/** Working hours a duration stands for (1 working day = 8 working hours); undefined when not in working time. */
export function workingHoursOf(d: Duration): number | undefined {
  if (d.kind === 'working_days') return d.value * 8;
  if (d.kind === 'working_hours') return d.value;
  if (d.kind === 'same_day') return 8;
  return undefined;
}

/** A short human label: "5 ngày làm việc", "Trong ngày (nhận sau 15:00 → ngày làm việc tiếp theo)". */
export function formatDurationVi(d: Duration): string {
  switch (d.kind) {
    case 'working_days':
      return `${d.value} ngày làm việc`;
    case 'working_hours':
      return `${d.value} giờ làm việc`;
    case 'same_day':
      return `Trong ngày (nhận sau ${d.cutoff} → ngày làm việc tiếp theo)`;
    case 'calendar_days':
      return `${d.value} ngày`;
    case 'months':
      return `${d.value} tháng`;
    default:
      return 'Chưa xác định';
  }
}
