/** Kysely types of the notify tables (db/migrations/20261126_0400_create-notify.sql). */
import type { ColumnType, Generated } from 'kysely';
import type { Channel, Lang, NotificationStatus } from '../contracts.ts';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface NotificationRow {
  ward_id: string;
  id: Generated<string>;
  channel: Channel;
  recipient: string;
  template: string;
  lang: Lang;
  data: ColumnType<Record<string, unknown>, string, string>;
  subject: string;
  body: string;
  dedupe_key: string | null;
  status: Generated<NotificationStatus>;
  attempts: Generated<number>;
  max_attempts: number;
  next_attempt_at: Timestamp;
  locked_until: Timestamp | null;
  last_error: string | null;
  provider_message_id: string | null;
  created_at: Timestamp;
  sent_at: Timestamp | null;
}

export interface NotifyTables {
  notifications: NotificationRow;
}

/** The NOTIFY channel the outbox pings on commit, so an idle delivery loop wakes at once. */
export const OUTBOX_CHANNEL = 'motcua_outbox';
