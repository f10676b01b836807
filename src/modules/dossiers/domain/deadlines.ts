/**
 * Dossier deadlines over the ward calendar: the appointment (NgayHenTra) from the procedure's statutory time,
 * the internal step deadlines from its step plan, the clock stopping and resuming, and how form 06 rates a
 * hand-over (trước hạn / đúng hạn / quá hạn). Pure: the calendar and the instant are passed in.
 */

import { addDays, daysInMonth, type PlainDate, plainDateOf, plainDateParts } from '../../../kernel/plain-date.ts';
import {
  addWorkingTime,
  countingStartOf,
  localDateOf,
  pauseDeadline,
  processingIntervals,
  resumeDeadline,
  sameDayDue,
  type WorkCalendar,
  workingMsBetween,
} from '../../calendar/index.ts';
import { type ClockRules, type Duration, stepBudgets } from '../../catalog/index.ts';
import type { StepDeadline } from '../contracts.ts';

const HOUR_MS = 3_600_000;

/** Closing time (end of the last processing interval) of the first working day on or after `date`. */
export function closingOf(calendar: WorkCalendar, date: PlainDate): Date {
  let day = date;
  for (let i = 0; i < 400; i++, day = addDays(day, 1)) {
    const last = processingIntervals(calendar, day).at(-1);
    if (last) return new Date(Date.parse(`${day}T00:00:00+07:00`) + last.end * 60_000);
  }
  throw new RangeError(`no working day within 400 days of ${date}`);
}

/** Whether `date` is a working day whose closing time is that day. */
export function isWorkingDate(calendar: WorkCalendar, date: PlainDate): boolean {
  return processingIntervals(calendar, date).length > 0;
}

function addMonths(date: PlainDate, months: number): PlainDate {
  const { year, month, day } = plainDateParts(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return plainDateOf(y, m, Math.min(day, daysInMonth(y, m)));
}

/**
 * The appointment for a statutory time counted from `from`: working days/hours added to the moment of receipt;
 * same day (15:00 cut-off); calendar days and months end at closing time, moved to the next working day
 * (Civil Code art. 147–148). Null when the catalog has no readable time.
 */
export function appointmentFrom(calendar: WorkCalendar, from: Date, duration: Duration): Date | null {
  switch (duration.kind) {
    case 'working_days':
      return addWorkingTime(calendar, from, { workingDays: duration.value });
    case 'working_hours':
      return addWorkingTime(calendar, from, { workingHours: duration.value });
    case 'same_day':
      return sameDayDue(calendar, from);
    case 'calendar_days':
      return closingOf(calendar, addDays(localDateOf(from), Math.ceil(duration.value)));
    case 'months':
      return closingOf(calendar, addMonths(localDateOf(from), Math.ceil(duration.value)));
    case 'unknown':
      return null;
  }
}

/** Internal deadlines of the steps, cumulative from the start of counting; the last never passes the appointment. */
export function stepDeadlinesFrom(
  calendar: WorkCalendar,
  from: Date,
  due: Date | null,
  rules: ClockRules,
): StepDeadline[] {
  if (!due) return [];
  const start = countingStartOf(calendar, from);
  const totalHours = Math.max(0.25, workingMsBetween(calendar, start, due) / HOUR_MS);
  let cumulative = 0;
  return stepBudgets(rules, totalHours).map(({ step, hours }) => {
    cumulative += hours;
    const at = addWorkingTime(calendar, start, { workingMinutes: Math.round(cumulative * 60) });
    return { step, due: (at.getTime() > due.getTime() ? due : at).toISOString() };
  });
}

export interface ClockResume {
  appointmentAt: Date;
  steps: StepDeadline[];
  pausedWorkingMinutes: number;
}

/**
 * The clock starts again after a stop. `pause`: everything moves by the working time stood still (the 766
 * index subtracts it). `restart`: the full statutory time counts again from now (Decree 61/2018), never
 * earlier than the old appointment.
 */
export function resumeClock(
  calendar: WorkCalendar,
  input: {
    pausedAt: Date;
    pausedDue: Date;
    steps: readonly StepDeadline[];
    now: Date;
    mode: 'pause' | 'restart';
    duration: Duration;
    rules: ClockRules;
  },
): ClockResume {
  const paused = pauseDeadline(calendar, input.pausedDue, input.pausedAt);
  const moved = resumeDeadline(calendar, paused, {
    resumedAt: input.now,
    mode: 'pause',
    budget: { workingMinutes: 0 },
  });
  if (input.mode === 'pause') {
    const minutes = workingMsBetween(calendar, input.pausedAt, input.now) / 60_000;
    return {
      appointmentAt: moved.due,
      pausedWorkingMinutes: moved.pausedWorkingMinutes,
      steps: input.steps.map((s) => ({
        step: s.step,
        due: addWorkingTime(calendar, new Date(s.due), { workingMinutes: minutes }).toISOString(),
      })),
    };
  }
  const restarted = appointmentFrom(calendar, input.now, input.duration) ?? input.pausedDue;
  const due = restarted.getTime() > input.pausedDue.getTime() ? restarted : input.pausedDue;
  return {
    appointmentAt: due,
    pausedWorkingMinutes: moved.pausedWorkingMinutes,
    steps: stepDeadlinesFrom(calendar, input.now, due, input.rules),
  };
}

export type Timeliness = 'early' | 'on-time' | 'late';
export const TIMELINESS_LABEL = { early: 'Trước hạn', 'on-time': 'Đúng hạn', late: 'Quá hạn' } as const;

/** Form 06: late after the deadline; early when done on an earlier (Vietnam) day; otherwise on time. */
export function timelinessOf(at: Date, due: Date): Timeliness {
  if (at.getTime() > due.getTime()) return 'late';
  return localDateOf(at) < localDateOf(due) ? 'early' : 'on-time';
}
