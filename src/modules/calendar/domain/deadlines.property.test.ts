import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aCalendar } from '../testing/builders.ts';
import type { WorkCalendar } from './calendar.ts';
import { addWorkingTime, workingMsBetween } from './deadlines.ts';
import { HOUR_MS, instantAt, localDateOf, localEpochDayOf } from './instants.ts';
import { processingIntervals } from './office-hours.ts';
import { remainingWorkingTime } from './remaining.ts';
import { pauseDeadline, resumeDeadline } from './suspension.ts';

const calendars: Record<string, WorkCalendar> = {
  default: aCalendar().withShippedSchedules().build(),
  saturdayReceiving: aCalendar().withShippedSchedules().withSaturdayReceiving(false).build(),
  saturdayCounts: aCalendar().withShippedSchedules().withSaturdayReceiving(true).build(),
  longDay: aCalendar()
    .withShippedSchedules()
    .withSettings({
      officeHours: {
        weekday: [
          { start: '07:00', end: '11:00' },
          { start: '13:30', end: '17:30' },
        ],
        saturday: [],
      },
    })
    .build(),
};

const anyCalendar = fc.constantFrom(...Object.keys(calendars)).map((k) => calendars[k] as WorkCalendar);
/** Any minute from 2024-12-01 to 2027-06-30 (announced years and a provisional one). */
const anyInstant = fc
  .integer({ min: Date.UTC(2024, 11, 1) / 60_000, max: Date.UTC(2027, 5, 30) / 60_000 })
  .map((m) => new Date(m * 60_000));
/** Working time in quarter hours, up to 30 working days. */
const anyMinutes = fc.integer({ min: 1, max: 30 * 32 }).map((q) => q * 15);

function insideProcessingHours(calendar: WorkCalendar, at: Date): boolean {
  const day = localEpochDayOf(at);
  return processingIntervals(calendar, localDateOf(at)).some(
    (iv) => at.getTime() > instantAt(day, iv.start) && at.getTime() <= instantAt(day, iv.end),
  );
}

describe('deadline properties', () => {
  it('the due moment is inside office hours of a working day and never before receipt', () => {
    fc.assert(
      fc.property(anyCalendar, anyInstant, anyMinutes, (calendar, received, minutes) => {
        const due = addWorkingTime(calendar, received, { workingMinutes: minutes });
        expect(due.getTime()).toBeGreaterThan(received.getTime());
        expect(insideProcessingHours(calendar, due)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('adding a then b equals adding a + b', () => {
    fc.assert(
      fc.property(anyCalendar, anyInstant, anyMinutes, anyMinutes, (calendar, from, a, b) => {
        const stepwise = addWorkingTime(calendar, addWorkingTime(calendar, from, { workingMinutes: a }), {
          workingMinutes: b,
        });
        expect(stepwise).toEqual(addWorkingTime(calendar, from, { workingMinutes: a + b }));
      }),
      { numRuns: 300 },
    );
  });

  it('the working time between receipt and due is exactly what was added', () => {
    fc.assert(
      fc.property(anyCalendar, anyInstant, anyMinutes, (calendar, from, minutes) => {
        const due = addWorkingTime(calendar, from, { workingMinutes: minutes });
        expect(workingMsBetween(calendar, from, due)).toBe(minutes * 60_000);
        expect(remainingWorkingTime(calendar, from, due)).toMatchObject({ overdue: false, totalMinutes: minutes });
      }),
      { numRuns: 300 },
    );
  });

  it('pause then resume never shortens a deadline, in either mode', () => {
    fc.assert(
      fc.property(
        anyCalendar,
        anyInstant,
        fc.integer({ min: 1, max: 15 }),
        fc.integer({ min: 0, max: 40 * 24 * 60 }),
        fc.integer({ min: 0, max: 20 * 24 * 60 }),
        fc.constantFrom('pause' as const, 'restart' as const),
        (calendar, received, days, pauseAfter, pauseLength, mode) => {
          const due = addWorkingTime(calendar, received, { workingDays: days });
          const pausedAt = new Date(received.getTime() + pauseAfter * 60_000);
          const resumedAt = new Date(pausedAt.getTime() + pauseLength * 60_000);
          const paused = pauseDeadline(calendar, due, pausedAt);
          const resumed = resumeDeadline(calendar, paused, { resumedAt, mode, budget: { workingDays: days } });
          expect(resumed.due.getTime()).toBeGreaterThanOrEqual(due.getTime());
          if (mode === 'pause') {
            // the remaining (or overdue) working time is what it was when the clock stopped; a dossier paused
            // after its deadline with no working time elapsed may resume exactly at its new due instant
            const after = remainingWorkingTime(calendar, resumedAt, resumed.due);
            expect(after.totalMinutes).toBe(paused.remaining.totalMinutes);
            if (after.totalMinutes > 0) expect(after.overdue).toBe(paused.remaining.overdue);
          } else {
            expect(resumed.due.getTime()).toBeGreaterThanOrEqual(
              addWorkingTime(calendar, resumedAt, { workingHours: days * 8 }).getTime(),
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a working day is 8 working hours under the default office hours', () => {
    fc.assert(
      fc.property(anyInstant, fc.integer({ min: 1, max: 20 }), (from, days) => {
        const cal = calendars.default as WorkCalendar;
        expect(addWorkingTime(cal, from, { workingDays: days })).toEqual(
          addWorkingTime(cal, from, { workingMinutes: days * 8 * 60 }),
        );
        expect(days * 8 * HOUR_MS).toBe(workingMsBetween(cal, from, addWorkingTime(cal, from, { workingDays: days })));
      }),
    );
  });
});
