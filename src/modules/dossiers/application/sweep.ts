/**
 * The deadline sweep (a background job): one working day before an appointment it warns the assignee and the
 * ward's directors; past the appointment it marks the dossier late and warns them again. Alerts are in-app
 * rows (dossier_alerts) and SMS/email through the notify outbox (deadline-warning); the projection columns warned_at / late_marked_at are not part of the log, so the
 * version people act on does not move. Safe to run often and in several processes (unique alerts).
 */
import { sql } from 'kysely';
import type { Clock } from '../../../kernel/clock.ts';
import { type AnyDb, inTransaction, tablesOf } from '../../../kernel/db.ts';
import { addWorkingTime, formatInstantVn, localDateOf } from '../../calendar/index.ts';
import { getWard } from '../../identity/index.ts';
import { enqueueNotification } from '../../notify/index.ts';
import { CLOCK_STATUSES } from '../domain/workflow.ts';
import type { DossierTables } from '../infra/tables.ts';
import { findStaffMember, listDirectorIds, loadCalendarAround } from './support.ts';

export interface SweepReport {
  wards: number;
  warned: number;
  markedLate: number;
  alerts: number;
  /** SMS and email written to the notify outbox (deadline-warning), one per channel the staff member has. */
  messages: number;
}

interface Warned {
  wardId: string;
  wardName: string;
  staffId: string;
  dossierId: string;
  code: string;
  procedureName: string;
}

const clip = (s: string, max = 300) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** The in-app alert also goes out by SMS and email (when the staff member has them), in the same transaction. */
async function warnByMessage(tx: AnyDb, w: Warned, kind: 'due-soon' | 'late', dueAt: Date, now: Date) {
  const staff = await findStaffMember(tx, w.wardId, w.staffId);
  if (!staff?.active) return 0;
  const data = {
    wardName: clip(w.wardName),
    staffName: clip(staff.fullName),
    dossierCode: w.code,
    procedureName: clip(w.procedureName),
    kind,
    dueOn: localDateOf(dueAt),
    dueAt: formatInstantVn(dueAt).slice(11, 16),
  };
  let sent = 0;
  for (const [channel, to] of [
    ['sms', staff.phone],
    ['email', staff.email],
  ] as const) {
    if (!to) continue;
    await enqueueNotification(tx, {
      wardId: w.wardId,
      channel,
      to,
      template: 'deadline-warning',
      data,
      lang: 'vi',
      dedupeKey: `dossier:${w.dossierId}:deadline-${kind}:${w.staffId}:${channel}`,
      now,
    });
    sent++;
  }
  return sent;
}

const OPEN = [...CLOCK_STATUSES] as string[];

export async function sweepDeadlinesOfWard(db: AnyDb, wardId: string, now: Date): Promise<Omit<SweepReport, 'wards'>> {
  const calendar = await loadCalendarAround(db, wardId, now);
  const soon = addWorkingTime(calendar, now, { workingDays: 1 });
  const directors = await listDirectorIds(db, wardId);
  const ward = await getWard(db, wardId);
  const report = { warned: 0, markedLate: 0, alerts: 0, messages: 0 };
  return inTransaction(db, async (tx) => {
    const t = tablesOf<DossierTables>(tx);
    const due = await t
      .selectFrom('dossiers')
      .select(['id', 'code', 'procedure_name', 'assignee_id', 'appointment_at', 'warned_at', 'late_marked_at'])
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
        const added = Number(r.numAffectedRows ?? 0);
        report.alerts += added;
        if (added > 0)
          report.messages += await warnByMessage(
            tx,
            { wardId, wardName: ward.name, staffId, dossierId: d.id, code: d.code, procedureName: d.procedure_name },
            kind,
            at,
            now,
          );
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
  const total: SweepReport = { wards: wards.length, warned: 0, markedLate: 0, alerts: 0, messages: 0 };
  for (const w of wards) {
    const r = await sweepDeadlinesOfWard(db, w.id, clock.now());
    total.warned += r.warned;
    total.markedLate += r.markedLate;
    total.alerts += r.alerts;
    total.messages += r.messages;
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
