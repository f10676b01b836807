/** Test builders for notify: an outbox row through the real enqueue, with sensible defaults. */
import type { AnyDb } from '../../../kernel/db.ts';
import { enqueueNotification, type NotificationRequest } from '../application/enqueue.ts';

let counter = 0;

export async function aNotification(
  db: AnyDb,
  wardId: string,
  overrides: Partial<Omit<NotificationRequest<'ticket-near'>, 'template' | 'data'>> = {},
) {
  counter++;
  return enqueueNotification(db, {
    wardId,
    channel: 'sms',
    to: '0912345678',
    template: 'ticket-near',
    data: { wardName: 'Phường Thử', ticketNumber: `A${String(counter).padStart(3, '0')}`, ahead: 3 },
    lang: 'vi',
    ...overrides,
  });
}
