/**
 * The delivery worker: claims due outbox rows with FOR UPDATE SKIP LOCKED (one statement, so two workers,
 * processes or servers never claim the same row), sends each through its channel's provider and records the
 * outcome: sent; pending again with exponential backoff; failed after max_attempts or a permanent refusal.
 * Messages of a channel with no provider are never dropped: they wait with the reason in last_error
 * (or are marked skipped with the reason, when configured so).
 * A worker that dies while sending loses its lease; the message is claimed again (at-least-once delivery;
 * gateways get the outbox id as Idempotency-Key to drop the duplicate).
 */
import { type RawBuilder, sql } from 'kysely';
import type { Clock } from '../../../kernel/clock.ts';
import type { AnyDb } from '../../../kernel/db.ts';
import type { Channel } from '../contracts.ts';
import { backoffMs, DELIVERY_POLICY } from '../domain/backoff.ts';
import { scrubRecipient } from '../domain/mask.ts';
import { DeliveryError, type OutgoingMessage, type Providers } from '../infra/provider.ts';
import type { NotificationRow } from '../infra/tables.ts';

export interface DeliveryOptions {
  providers: Providers;
  /** What happens to messages of a channel with no provider: 'hold' (default) keeps them pending, 'skip' closes them. */
  unconfigured?: 'hold' | 'skip';
  batchSize?: number;
  leaseMs?: number;
  backoff?: { baseDelayMs: number; maxDelayMs: number };
}

export interface DeliveryReport {
  claimed: number;
  sent: number;
  retrying: number;
  failed: number;
}

export interface DeliveryWorker {
  /** One pass: claim up to batchSize due messages and send them. */
  runOnce(): Promise<DeliveryReport>;
}

const CHANNELS: readonly Channel[] = ['email', 'sms', 'zalo'];
const ENV_OF: Record<Channel, string> = { email: 'SMTP_URL', sms: 'SMS_GATEWAY_URL', zalo: 'ZALO_GATEWAY_URL' };

export function unconfiguredReason(channel: Channel): string {
  return `channel ${channel} is not configured (set ${ENV_OF[channel]})`;
}

type ClaimedRow = Omit<NotificationRow, 'id' | 'status' | 'attempts' | 'data'> & {
  id: string;
  attempts: number;
  data: Record<string, unknown>;
};

export function createDeliveryWorker(db: AnyDb, clock: Clock, options: DeliveryOptions): DeliveryWorker {
  const configured = CHANNELS.filter((c) => options.providers[c]);
  const missing = CHANNELS.filter((c) => !options.providers[c]);
  const batchSize = options.batchSize ?? 20;
  const leaseMs = options.leaseMs ?? DELIVERY_POLICY.leaseMs;
  const backoff = options.backoff ?? DELIVERY_POLICY;

  async function noteUnconfigured(now: Date): Promise<void> {
    for (const channel of missing) {
      const reason = unconfiguredReason(channel);
      if (options.unconfigured === 'skip') {
        await sql`UPDATE notifications SET status = 'skipped', last_error = ${reason}, locked_until = NULL
          WHERE status = 'pending' AND channel = ${channel} AND next_attempt_at <= ${now}`.execute(db);
      } else {
        await sql`UPDATE notifications SET last_error = ${reason}
          WHERE status = 'pending' AND channel = ${channel} AND last_error IS DISTINCT FROM ${reason}`.execute(db);
      }
    }
  }

  async function claim(now: Date): Promise<ClaimedRow[]> {
    if (configured.length === 0) return [];
    const leaseEnd = new Date(now.getTime() + leaseMs);
    const { rows } = await sql<ClaimedRow>`
      UPDATE notifications AS n
         SET status = 'sending', attempts = n.attempts + 1, locked_until = ${leaseEnd}
        FROM (SELECT ward_id, id FROM notifications
               WHERE channel IN (${sql.join(configured)})
                 AND ((status = 'pending' AND next_attempt_at <= ${now})
                   OR (status = 'sending' AND locked_until < ${now}))
               ORDER BY next_attempt_at
               LIMIT ${batchSize}
               FOR UPDATE SKIP LOCKED) AS due
       WHERE n.ward_id = due.ward_id AND n.id = due.id
      RETURNING n.*`.execute(db);
    return rows;
  }

  /** Writes the outcome only if the row is still ours (same attempt, still sending). */
  async function settle(row: ClaimedRow, set: RawBuilder<unknown>): Promise<void> {
    await sql`UPDATE notifications SET ${set}
      WHERE ward_id = ${row.ward_id} AND id = ${row.id} AND status = 'sending' AND attempts = ${row.attempts}`.execute(
      db,
    );
  }

  async function deliver(row: ClaimedRow, report: DeliveryReport): Promise<void> {
    const provider = options.providers[row.channel];
    const message: OutgoingMessage = {
      id: row.id,
      wardId: row.ward_id,
      channel: row.channel,
      to: row.recipient,
      subject: row.subject,
      body: row.body,
      template: row.template,
      lang: row.lang,
      data: row.data,
    };
    try {
      if (!provider) throw new DeliveryError(unconfiguredReason(row.channel), false);
      const { providerMessageId } = await provider.send(message);
      await settle(
        row,
        sql`status = 'sent', sent_at = ${clock.now()}, provider_message_id = ${providerMessageId},
            locked_until = NULL, last_error = NULL`,
      );
      report.sent++;
    } catch (e) {
      const text = scrubRecipient(e instanceof Error ? e.message : String(e), row.recipient).slice(0, 1000);
      const permanent = e instanceof DeliveryError && e.permanent;
      if (permanent || row.attempts >= row.max_attempts) {
        await settle(row, sql`status = 'failed', locked_until = NULL, last_error = ${text}`);
        report.failed++;
      } else {
        const next = new Date(clock.now().getTime() + backoffMs(row.attempts, backoff));
        await settle(
          row,
          sql`status = 'pending', locked_until = NULL, last_error = ${text}, next_attempt_at = ${next}`,
        );
        report.retrying++;
      }
    }
  }

  return {
    async runOnce() {
      const now = clock.now();
      await noteUnconfigured(now);
      const rows = await claim(now);
      const report: DeliveryReport = { claimed: rows.length, sent: 0, retrying: 0, failed: 0 };
      for (const row of rows) await deliver(row, report);
      return report;
    },
  };
}
