/**
 * Supplement requests stop the clock. Two configurable semantics (DOMAIN §2):
 * - pause: the working time between pause and resume is added to the deadline (the 766 index subtracts the
 *   citizen's supplement time); an overdue dossier stays overdue by the same working time.
 * - restart: the full statutory time counts again from the resumption (Decree 61/2018: "tính lại từ đầu").
 * Neither ever brings a deadline forward.
 */
import { calendarError } from '../calendar.errors.ts';
import type { RemainingTime, SupplementClockMode } from '../contracts.ts';
import type { WorkCalendar } from './calendar.ts';
import { addWorkingTime, type Duration, workingMsBetween } from './deadlines.ts';
import { remainingWorkingTime } from './remaining.ts';

export interface PausedDeadline {
  readonly due: Date;
  readonly pausedAt: Date;
  /** What was left (or overdue) when the clock stopped. */
  readonly remaining: RemainingTime;
}

export function pauseDeadline(calendar: WorkCalendar, due: Date, pausedAt: Date): PausedDeadline {
  return { due: new Date(due), pausedAt: new Date(pausedAt), remaining: remainingWorkingTime(calendar, pausedAt, due) };
}

export interface ResumeOptions {
  readonly resumedAt: Date;
  readonly mode: SupplementClockMode;
  /** The statutory processing time; used by 'restart'. */
  readonly budget: Duration;
}

export interface ResumedDeadline {
  readonly due: Date;
  /** Working minutes the clock stood still. */
  readonly pausedWorkingMinutes: number;
}

export function resumeDeadline(
  calendar: WorkCalendar,
  paused: PausedDeadline,
  options: ResumeOptions,
): ResumedDeadline {
  const { resumedAt, mode } = options;
  if (resumedAt.getTime() < paused.pausedAt.getTime()) {
    throw calendarError('CALENDAR_RESUME_BEFORE_PAUSE', {
      pausedAt: paused.pausedAt.toISOString(),
      resumedAt: resumedAt.toISOString(),
    });
  }
  const stoodStill = workingMsBetween(calendar, paused.pausedAt, resumedAt);
  const pausedWorkingMinutes = Math.floor(stoodStill / 60_000);
  if (mode === 'pause') {
    return { due: addWorkingTime(calendar, paused.due, { workingMinutes: stoodStill / 60_000 }), pausedWorkingMinutes };
  }
  const restarted = addWorkingTime(calendar, resumedAt, options.budget);
  const due = restarted.getTime() > paused.due.getTime() ? restarted : new Date(paused.due);
  return { due, pausedWorkingMinutes };
}
