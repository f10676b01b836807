/**
 * When periodic jobs run, in Asia/Ho_Chi_Minh time. Vietnam keeps UTC+7 all year (no daylight saving since
 * 1975), so a fixed offset is exact. A period is identified by its start instant; a job runs once per period.
 */
import { z } from 'zod';

const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');

export const Schedule = z.union([
  z.strictObject({ everyMinutes: z.number().int().min(1).max(1440) }),
  z.strictObject({ dailyAt: HHMM }),
  /** weekday: 1 = Monday … 7 = Sunday. */
  z.strictObject({ weeklyAt: z.strictObject({ weekday: z.number().int().min(1).max(7), time: HHMM }) }),
]);
export type Schedule = z.infer<typeof Schedule>;

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;
const OFFSET = 7 * 60 * MINUTE; // Asia/Ho_Chi_Minh

export interface Period {
  start: Date;
  end: Date;
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The period containing `now`: the latest scheduled instant at or before it, up to the next one. */
export function periodAt(schedule: Schedule, now: Date): Period {
  const local = now.getTime() + OFFSET;
  if ('everyMinutes' in schedule) {
    const size = schedule.everyMinutes * MINUTE;
    const start = Math.floor(local / size) * size - OFFSET;
    return { start: new Date(start), end: new Date(start + size) };
  }
  const localMidnight = Math.floor(local / DAY) * DAY;
  if ('dailyAt' in schedule) {
    let start = localMidnight + minutesOf(schedule.dailyAt) * MINUTE;
    if (start > local) start -= DAY;
    return { start: new Date(start - OFFSET), end: new Date(start - OFFSET + DAY) };
  }
  const weekday = ((Math.floor(local / DAY) + 3) % 7) + 1; // 1970-01-01 was a Thursday (4)
  const daysBack = (weekday - schedule.weeklyAt.weekday + 7) % 7;
  let start = localMidnight - daysBack * DAY + minutesOf(schedule.weeklyAt.time) * MINUTE;
  if (start > local) start -= 7 * DAY;
  return { start: new Date(start - OFFSET), end: new Date(start - OFFSET + 7 * DAY) };
}
