/** Notify contracts shared by the API and the web app (zod schemas; a schema and its type share a name). */
import { z } from 'zod';

export const Channel = z.enum(['email', 'sms', 'zalo']);
export type Channel = z.infer<typeof Channel>;

export const NotificationStatus = z.enum(['pending', 'sending', 'sent', 'failed', 'skipped']);
export type NotificationStatus = z.infer<typeof NotificationStatus>;

export const Lang = z.enum(['vi', 'en']);
export type Lang = z.infer<typeof Lang>;

export const TemplateName = z.enum([
  'receipt',
  'supplement-request',
  'result-ready',
  'apology',
  'ticket-near',
  'appointment-reminder',
  'deadline-warning',
]);
export type TemplateName = z.infer<typeof TemplateName>;

/** A message as the admin list shows it: the recipient is masked, the body is not shown. */
export const NotificationView = z.object({
  id: z.uuid(),
  channel: Channel,
  recipient: z.string(),
  template: z.string(),
  lang: Lang,
  subject: z.string(),
  status: NotificationStatus,
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  nextAttemptAt: z.iso.datetime(),
  lastError: z.string().nullable(),
  createdAt: z.iso.datetime(),
  sentAt: z.iso.datetime().nullable(),
});
export type NotificationView = z.infer<typeof NotificationView>;

export const NotificationListQuery = z.strictObject({
  status: NotificationStatus.optional(),
  channel: Channel.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type NotificationListQuery = z.infer<typeof NotificationListQuery>;

export const NotificationIdParam = z.strictObject({ id: z.uuid() });

const MOBILE = /^(?:\+?84|0)([35789]\d{8})$/;

/**
 * A Vietnamese mobile number in E.164 (`+84912345678`), or undefined: the numbers SMS can reach. Accepts
 * 0912 345 678, 84912345678, +84 912 345 678… (shared with the web app, whose keypads check numbers by it).
 */
export function normalisePhone(input: string): string | undefined {
  const m = MOBILE.exec(input.replace(/[\s.()-]/g, ''));
  return m ? `+84${m[1]}` : undefined;
}
