/** The ward's working days for planning, from its calendar (announced schedules, computed holidays, days off). */
import type { AnyDb } from '../../../kernel/db.ts';
import { addDays, type PlainDate } from '../../../kernel/plain-date.ts';
import { isWorkingDay, loadWardCalendar } from '../../calendar/index.ts';

/** Working days of the ward from `start`, through `through` plus a year (to propose later dates). */
export async function workingDaysFrom(db: AnyDb, wardId: string, start: PlainDate, through: PlainDate) {
  const calendar = await loadWardCalendar(db, wardId);
  const days: PlainDate[] = [];
  const end = addDays(through, 366);
  for (let d = start; d <= end; d = addDays(d, 1)) if (isWorkingDay(calendar, d)) days.push(d);
  return days;
}
