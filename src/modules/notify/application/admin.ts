/** What administrators see and do with the outbox: list (recipients masked) and retry a message. */
import type { RequestContext } from '../../../kernel/actor.ts';
import { recordAudit } from '../../../kernel/audit.ts';
import type { Clock } from '../../../kernel/clock.ts';
import { type AnyDb, inTransaction, tablesOf } from '../../../kernel/db.ts';
import { type NotificationListQuery, NotificationView } from '../contracts.ts';
import { maskRecipient } from '../domain/mask.ts';
import type { NotifyTables } from '../infra/tables.ts';
import { notifyError } from '../notify.errors.ts';

const COLUMNS = [
  'id',
  'channel',
  'recipient',
  'template',
  'lang',
  'subject',
  'status',
  'attempts',
  'max_attempts',
  'next_attempt_at',
  'last_error',
  'created_at',
  'sent_at',
] as const;

type ViewRow = {
  id: string;
  channel: NotificationView['channel'];
  recipient: string;
  template: string;
  lang: NotificationView['lang'];
  subject: string;
  status: NotificationView['status'];
  attempts: number;
  max_attempts: number;
  next_attempt_at: Date;
  last_error: string | null;
  created_at: Date;
  sent_at: Date | null;
};

function toView(r: ViewRow): NotificationView {
  return NotificationView.parse({
    id: r.id,
    channel: r.channel,
    recipient: maskRecipient(r.recipient),
    template: r.template,
    lang: r.lang,
    subject: r.subject,
    status: r.status,
    attempts: r.attempts,
    maxAttempts: r.max_attempts,
    nextAttemptAt: new Date(r.next_attempt_at).toISOString(),
    lastError: r.last_error,
    createdAt: new Date(r.created_at).toISOString(),
    sentAt: r.sent_at ? new Date(r.sent_at).toISOString() : null,
  });
}

export async function listNotifications(
  db: AnyDb,
  wardId: string,
  query: NotificationListQuery,
): Promise<NotificationView[]> {
  let q = tablesOf<NotifyTables>(db).selectFrom('notifications').select(COLUMNS).where('ward_id', '=', wardId);
  if (query.status) q = q.where('status', '=', query.status);
  if (query.channel) q = q.where('channel', '=', query.channel);
  const rows = await q.orderBy('created_at', 'desc').orderBy('id').limit(query.limit).execute();
  return rows.map(toView);
}

export async function getNotification(db: AnyDb, wardId: string, id: string): Promise<NotificationView> {
  const row = await tablesOf<NotifyTables>(db)
    .selectFrom('notifications')
    .select(COLUMNS)
    .where('ward_id', '=', wardId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notifyError('NOTIFICATION_NOT_FOUND', { id });
  return toView(row);
}

/** Puts a failed, skipped or waiting message back in line for a full set of attempts, now. */
export async function retryNotification(
  db: AnyDb,
  clock: Clock,
  ctx: RequestContext,
  id: string,
): Promise<NotificationView> {
  const wardId = ctx.actor.wardId;
  return inTransaction(db, async (tx) => {
    const t = tablesOf<NotifyTables>(tx);
    const row = await t
      .selectFrom('notifications')
      .select(['status', 'attempts'])
      .where('ward_id', '=', wardId)
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw notifyError('NOTIFICATION_NOT_FOUND', { id });
    if (row.status === 'sent' || row.status === 'sending')
      throw notifyError('NOTIFICATION_NOT_RETRYABLE', { id, status: row.status });
    const now = clock.now();
    await t
      .updateTable('notifications')
      .set({ status: 'pending', attempts: 0, next_attempt_at: now, locked_until: null })
      .where('ward_id', '=', wardId)
      .where('id', '=', id)
      .execute();
    await recordAudit(
      tx,
      ctx.actor,
      ctx.requestId,
      {
        action: 'notification.retry',
        targetType: 'notification',
        targetId: id,
        details: { previousStatus: row.status, previousAttempts: row.attempts },
      },
      now,
    );
    return getNotification(tx, wardId, id);
  });
}
