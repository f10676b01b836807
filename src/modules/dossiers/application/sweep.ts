/**
 * The deadline sweep (a background job): one working day before an appointment it warns the assignee and the
 * ward's directors; past the appointment it marks the dossier late and warns them again. Alerts are in-app
 * rows (dossier_alerts); the projection columns warned_at / late_marked_at are not part of the log, so the
 * version people act on does not move. Safe to run often and in several processes (unique alerts).
 */
import { sql } from 'kysely';
import type { Clock } from '../../../kernel/clock.ts';
import { type AnyDb, inTransaction, tablesOf } from '../../../kernel/db.ts';
import { addWorkingTime } from '../../calendar/index.ts';
import { CLOCK_STATUSES } from '../domain/workflow.ts';
import type { DossierTables } from '../infra/tables.ts';
import { listDirectorIds, loadCalendarAround } from './support.ts';

export interface SweepReport {
  wards: number;
  warned: number;
  markedLate: number;
  alerts: number;
}

const OPEN = [...CLOCK_STATUSES] as string[];

export async function sweepDeadlinesOfWard(db: AnyDb, wardId: string, now: Date): Promise<Omit<SweepReport, 'wards'>> {
  const calendar = await loadCalendarAround(db, wardId, now);
  const soon = addWorkingTime(calendar, now, { workingDays: 1 });
  const directors = await listDirectorIds(db, wardId);
  const report = { warned: 0, markedLate: 0, alerts: 0 };
  return inTransaction(db, async (tx) => {
    const t = tablesOf<DossierTables>(tx);
    const due = await t
      .selectFrom('dossiers')
      .select(['id', 'assignee_id', 'appointment_at', 'warned_at', 'late_marked_at'])
      .where('ward_id', '=', wardId)
      .where('status', 'in', OPEN)
      .where('paused_at', 'is', null)
      .where('appointment_at', '<=', soon)
      .where((eb) => eb.or([eb('warned_at', 'is', null), eb('late_marked_at', 'is', null)]))
      .forUpdate()
      .skipLocked()
      .execute();
    for (const d of due) {
      const at = new Date(d.appointment_at as Date);
      const late = at.getTime() < now.getTime();
      if (!late && d.warned_at) continue;
      const kind = late ? 'late' : 'due-soon';
      if (late && d.late_marked_at) continue;
      const staff = [...new Set([d.assignee_id, ...directors].filter((x): x is string => !!x))];
      for (const staffId of staff) {
        const r = await sql`
          INSERT INTO dossier_alerts (ward_id, dossier_id, kind, staff_id, due_at, created_at)
          VALUES (${wardId}, ${d.id}, ${kind}, ${staffId}, ${at}, ${now}) ON CONFLICT DO NOTHING`.execute(tx);
        report.alerts += Number(r.numAffectedRows ?? 0);
      }
      await t
        .updateTable('dossiers')
        .set(late ? { late_marked_at: now, warned_at: d.warned_at ?? now } : { warned_at: now })
        .where('ward_id', '=', wardId)
        .where('id', '=', d.id)
        .execute();
      if (late) report.markedLate++;
      else report.warned++;
    }
    return report;
  });
}

/** Every ward in turn (each sweep is ward-scoped); export for the job runner. */
export async function sweepDossierDeadlines(db: AnyDb, clock: Clock): Promise<SweepReport> {
  const wards = (await sql<{ id: string }>`SELECT id FROM wards ORDER BY id`.execute(db)).rows;
  const total: SweepReport = { wards: wards.length, warned: 0, markedLate: 0, alerts: 0 };
  for (const w of wards) {
    const r = await sweepDeadlinesOfWard(db, w.id, clock.now());
    total.warned += r.warned;
    total.markedLate += r.markedLate;
    total.alerts += r.alerts;
  }
  return total;
}

/** The caller's own alerts, newest first. */
export async function listMyAlerts(db: AnyDb, actor: { wardId: string; id: string | null }, limit = 100) {
  if (!actor.id) return [];
  return tablesOf<DossierTables>(db)
    .selectFrom('dossier_alerts as a')
    .innerJoin('dossiers as d', (j) => j.onRef('d.ward_id', '=', 'a.ward_id').onRef('d.id', '=', 'a.dossier_id'))
    .select(['d.code', 'a.kind', 'a.due_at', 'a.created_at'])
    .where('a.ward_id', '=', actor.wardId)
    .where('a.staff_id', '=', actor.id)
    .orderBy('a.created_at', 'desc')
    .limit(limit)
    .execute();
}
