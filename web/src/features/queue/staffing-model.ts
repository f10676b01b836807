/**
 * The staffing view's model: the API's hours of the week (0 = Sunday) laid out Monday first over the working
 * hours, the peak hours, and the weekly totals. Pure functions, no React.
 */
import type { WeeklyStaffing } from '../../../../src/modules/queue/contracts.ts';

export type StaffingHour = WeeklyStaffing['hours'][number];

/** The history lengths offered, in weeks (the API accepts 1–26). */
export const WEEK_CHOICES = [1, 4, 8, 12] as const;
export type WeekChoice = (typeof WEEK_CHOICES)[number];

/** The hours always shown (7:00 to 17:59); arrivals outside them widen the grid. */
const FIRST_HOUR = 7;
const LAST_HOUR = 17;

/** Row of a day in a Monday-first week: Monday 0 … Sunday 6. */
export function weekRow(dayOfWeek: number): number {
  return (dayOfWeek + 6) % 7;
}

/** The hours of the grid's columns: the working hours, widened to every hour that had arrivals. */
export function gridHours(hours: readonly StaffingHour[]): number[] {
  const first = Math.min(FIRST_HOUR, ...hours.map((h) => h.hour));
  const last = Math.max(LAST_HOUR, ...hours.map((h) => h.hour));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The `n` busiest hours: most counters first, then most arrivals, then in week order. */
export function peakHours(hours: readonly StaffingHour[], n = 5): StaffingHour[] {
  return [...hours]
    .sort(
      (a, b) =>
        b.counters - a.counters ||
        b.arrivalsPerHour - a.arrivalsPerHour ||
        weekRow(a.dayOfWeek) - weekRow(b.dayOfWeek) ||
        a.hour - b.hour,
    )
    .slice(0, n);
}

export interface StaffingTotals {
  /** The most counters any hour needs. */
  peakCounters: number;
  /** Citizens arriving in a mean week. */
  arrivalsPerWeek: number;
  /** Counter-hours to staff in a mean week (the sum of the recommendations). */
  counterHours: number;
}

export function staffingTotals(hours: readonly StaffingHour[]): StaffingTotals {
  return {
    peakCounters: Math.max(0, ...hours.map((h) => h.counters)),
    arrivalsPerWeek: Math.round(hours.reduce((s, h) => s + h.arrivalsPerHour, 0)),
    counterHours: hours.reduce((s, h) => s + h.counters, 0),
  };
}

/** `8` → `8:00–9:00`. */
export function hourSpan(hour: number): string {
  return `${hour}:00–${hour + 1}:00`;
}
