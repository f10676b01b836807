/**
 * Writes a message to the outbox inside the caller's transaction: it is sent only if the business change
 * commits. The text is rendered now (what is sent is what is stored); a dedupe key makes the call idempotent.
 */
import { sql } from 'kysely';
import { z } from 'zod';
import { type AnyDb, tablesOf } from '../../../kernel/db.ts';
import type { Channel, Lang, TemplateName } from '../contracts.ts';
import { normalisePhone } from '../contracts.ts';
import { DELIVERY_POLICY } from '../domain/backoff.ts';
import { renderTemplate, type TemplateData } from '../domain/templates.ts';
import { type NotifyTables, OUTBOX_CHANNEL } from '../infra/tables.ts';
import { notifyError } from '../notify.errors.ts';

export interface NotificationRequest<T extends TemplateName = TemplateName> {
  wardId: string;
  channel: Channel;
  /** Email address for 'email', Vietnamese mobile number for 'sms' and 'zalo'. */
  to: string;
  template: T;
  data: TemplateData<T>;
  lang: Lang;
  /** A second request with the same key in the same ward is not enqueued again (e.g. `receipt:<dossier id>`). */
  dedupeKey?: string;
  /** When it was enqueued (pass `clock.now()`); also the earliest send time unless `notBefore` is given. */
  now?: Date;
  /** Do not send before this time (e.g. an appointment reminder the evening before). */
  notBefore?: Date;
  maxAttempts?: number;
}

export interface Enqueued {
  id: string;
  /** true when a message with the same dedupe key already existed (nothing new was written). */
  deduplicated: boolean;
}

const Email = z.email().max(320);

function normaliseRecipient(channel: Channel, to: string): string {
  if (channel === 'email') {
    const parsed = Email.safeParse(to.trim());
    if (!parsed.success) throw notifyError('NOTIFICATION_RECIPIENT_INVALID', { channel });
    return parsed.data;
  }
  const phone = normalisePhone(to);
  if (!phone) throw notifyError('NOTIFICATION_RECIPIENT_INVALID', { channel });
  return phone;
}

export async function enqueueNotification<T extends TemplateName>(
  tx: AnyDb,
  request: NotificationRequest<T>,
): Promise<Enqueued> {
  const recipient = normaliseRecipient(request.channel, request.to);
  let rendered: ReturnType<typeof renderTemplate>;
  try {
    rendered = renderTemplate(request.template, request.lang, request.data);
  } catch (e) {
    if (e instanceof z.ZodError)
      throw notifyError('NOTIFICATION_TEMPLATE_DATA_INVALID', {
        template: request.template,
        issues: e.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      });
    throw e;
  }
  const now = request.now ?? new Date();
  const t = tablesOf<NotifyTables>(tx);
  const inserted = await t
    .insertInto('notifications')
    .values({
      ward_id: request.wardId,
      channel: request.channel,
      recipient,
      template: request.template,
      lang: request.lang,
      data: JSON.stringify(request.data),
      subject: rendered.subject,
      body: rendered.body,
      dedupe_key: request.dedupeKey ?? null,
      max_attempts: request.maxAttempts ?? DELIVERY_POLICY.maxAttempts,
      next_attempt_at: request.notBefore ?? now,
      created_at: now,
      locked_until: null,
      last_error: null,
      provider_message_id: null,
      sent_at: null,
    })
    .onConflict((oc) => oc.columns(['ward_id', 'dedupe_key']).where('dedupe_key', 'is not', null).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) {
    await sql`SELECT pg_notify(${OUTBOX_CHANNEL}, '')`.execute(tx);
    return { id: inserted.id, deduplicated: false };
  }
  const existing = await t
    .selectFrom('notifications')
    .select('id')
    .where('ward_id', '=', request.wardId)
    .where('dedupe_key', '=', request.dedupeKey ?? '')
    .executeTakeFirstOrThrow();
  return { id: existing.id, deduplicated: true };
}
