/** What several use cases need: services, the ward calendar, procedure clock rules, remaining time, staff. */
import type { Actor } from '../../../kernel/actor.ts';
import type { Clock } from '../../../kernel/clock.ts';
import type { AnyDb } from '../../../kernel/db.ts';
import {
  formatRemaining,
  loadWardCalendar,
  localDateOf,
  remainingWorkingTime,
  type WorkCalendar,
} from '../../calendar/index.ts';
import { type ClockRules, type Duration, defaultClockRules, findProcedure } from '../../catalog/index.ts';
import type { BlobStore } from '../../files/index.ts';
import { findStaffMember, listStaffIdsWithRole } from '../../identity/index.ts';
import type { Remaining } from '../contracts.ts';
import type { DossierState } from '../domain/state.ts';

export interface DossierServices {
  clock: Clock;
  /** The files module's store, where generated forms are kept. */
  store?: BlobStore;
  /** Base URL of the citizen site (PUBLIC_URL) for QR codes and SMS links, e.g. https://motcua.example.vn. */
  publicBaseUrl?: string;
}

/** The ward calendar around `now` (a year back, two ahead: every appointment falls inside). */
export async function loadCalendarAround(db: AnyDb, wardId: string, now: Date): Promise<WorkCalendar> {
  const year = Number(localDateOf(now).slice(0, 4));
  return loadWardCalendar(db, wardId, { from: year - 1, to: year + 2 });
}

export interface ProcedureClock {
  duration: Duration;
  clockRules: ClockRules;
}

/** The statutory time and clock rules of a procedure now; unknown time when it left the catalog. */
export async function procedureClockOf(db: AnyDb, procedureId: string): Promise<ProcedureClock> {
  const p = await findProcedure(db, procedureId);
  if (!p) return { duration: { kind: 'unknown' }, clockRules: defaultClockRules({ kind: 'unknown' }) };
  return { duration: p.processingTime.duration, clockRules: p.clockRules };
}

/** "còn 2 ngày 3 giờ" while the clock runs; null when there is no appointment or the dossier is finished. */
export function remainingOf(
  calendar: WorkCalendar,
  s: Pick<DossierState, 'appointmentAt' | 'pausedAt' | 'finishedAt'>,
  now: Date,
): Remaining | null {
  if (!s.appointmentAt || s.finishedAt) return null;
  const at = s.pausedAt ? new Date(s.pausedAt) : now;
  const r = remainingWorkingTime(calendar, at, new Date(s.appointmentAt));
  return {
    overdue: r.overdue,
    totalMinutes: r.totalMinutes,
    vi: s.pausedAt ? `${formatRemaining(r, 'vi')} (tạm dừng)` : formatRemaining(r, 'vi'),
    en: s.pausedAt ? `${formatRemaining(r, 'en')} (paused)` : formatRemaining(r, 'en'),
    paused: !!s.pausedAt,
  };
}

export { findStaffMember, type StaffMember } from '../../identity/index.ts';

/**
 * The name the action log keeps for who acted: a staff member's full name as it is now (the log, form 06 and
 * the history show it as written, even after a rename or a deactivation); devices, the system and citizens
 * keep their own name.
 */
export async function actorNameOf(db: AnyDb, actor: Pick<Actor, 'kind' | 'id' | 'name' | 'wardId'>): Promise<string> {
  if (actor.kind !== 'staff' || !actor.id) return actor.name;
  return (await findStaffMember(db, actor.wardId, actor.id))?.fullName ?? actor.name;
}

/** Active directors of the ward (warned by the deadline sweep). */
export function listDirectorIds(db: AnyDb, wardId: string): Promise<string[]> {
  return listStaffIdsWithRole(db, wardId, 'director');
}
