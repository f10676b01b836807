/** Per-ward queue settings (defaults when the ward has no row) and small shared look-ups. */
import type { Actor } from '../../../kernel/actor.ts';
import { type AnyDb, tablesOf } from '../../../kernel/db.ts';
import type { QueueSettings, QueueSettingsUpdate } from '../contracts.ts';
import type { QueueTables } from '../infra/tables.ts';
import { queueError } from '../queue.errors.ts';

export const DEFAULT_SETTINGS: QueueSettings = {
  recallsBeforeNoShow: 2,
  waitAlertMinutes: 15,
  targetWaitMinutes: 15,
  targetPercent: 90,
  defaultServiceMinutes: 10,
  checkInEarlyMinutes: 60,
  appointmentGraceMinutes: 15,
};

export async function getQueueSettings(db: AnyDb, wardId: string): Promise<QueueSettings> {
  const r = await tablesOf<QueueTables>(db)
    .selectFrom('queue_settings')
    .selectAll()
    .where('ward_id', '=', wardId)
    .executeTakeFirst();
  if (!r) return DEFAULT_SETTINGS;
  return {
    recallsBeforeNoShow: r.recalls_before_no_show,
    waitAlertMinutes: r.wait_alert_minutes,
    targetWaitMinutes: r.target_wait_minutes,
    targetPercent: r.target_percent,
    defaultServiceMinutes: Number(r.default_service_minutes),
    checkInEarlyMinutes: r.check_in_early_minutes,
    appointmentGraceMinutes: r.appointment_grace_minutes,
  };
}

export async function updateQueueSettings(
  db: AnyDb,
  wardId: string,
  input: QueueSettingsUpdate,
  now: Date,
): Promise<QueueSettings> {
  const s = { ...(await getQueueSettings(db, wardId)), ...input };
  const row = {
    recalls_before_no_show: s.recallsBeforeNoShow,
    wait_alert_minutes: s.waitAlertMinutes,
    target_wait_minutes: s.targetWaitMinutes,
    target_percent: s.targetPercent,
    default_service_minutes: s.defaultServiceMinutes,
    check_in_early_minutes: s.checkInEarlyMinutes,
    appointment_grace_minutes: s.appointmentGraceMinutes,
    updated_at: now,
  };
  await tablesOf<QueueTables>(db)
    .insertInto('queue_settings')
    .values({ ward_id: wardId, ...row })
    .onConflict((oc) => oc.column('ward_id').doUpdateSet(row))
    .execute();
  return s;
}

/** Directors and administrators act on any counter of their ward; others only where they are signed in. */
export function isManager(actor: Actor): boolean {
  return actor.roles.includes('director') || actor.roles.includes('admin');
}

export async function getGroupByLetter(db: AnyDb, wardId: string, letter: string) {
  const g = await tablesOf<QueueTables>(db)
    .selectFrom('queue_groups')
    .selectAll()
    .where('ward_id', '=', wardId)
    .where('letter', '=', letter.toUpperCase())
    .executeTakeFirst();
  if (!g) throw queueError('QUEUE_GROUP_NOT_FOUND', { group: letter });
  return g;
}
