/**
 * Appointment reminders the day before: tomorrow's booked appointments not yet reminded are marked and an SMS
 * to the booking's phone is written to the notify outbox in the same transaction (the booking holds a phone,
 * no email). Exactly once: the `reminded_at` mark and the outbox dedupe key `appointment:<id>:reminder:sms`.
 */
import { type AnyDb, inTransaction } from '../../../kernel/db.ts';
import { getWard } from '../../identity/index.ts';
import { enqueueNotification } from '../../notify/index.ts';
import { localDateOf } from '../domain/time.ts';
import { collectReminders } from './appointments.ts';

const OFFSET_MS = 7 * 3_600_000;
const localTimeOf = (at: Date) => new Date(at.getTime() + OFFSET_MS).toISOString().slice(11, 16);

/** Returns how many reminders were enqueued. */
export async function sendAppointmentReminders(db: AnyDb, wardId: string, now: Date): Promise<number> {
  const ward = await getWard(db, wardId);
  return inTransaction(db, async (tx) => {
    const due = await collectReminders(tx, wardId, now);
    for (const r of due) {
      const startsAt = new Date(r.startsAt);
      await enqueueNotification(tx, {
        wardId,
        channel: 'sms',
        to: r.phone,
        template: 'appointment-reminder',
        data: {
          wardName: ward.name,
          citizenName: r.fullName,
          procedureName: r.groupName,
          date: localDateOf(startsAt),
          time: localTimeOf(startsAt),
          place: r.zone || r.groupName,
          bookingCode: r.code,
        },
        lang: 'vi',
        dedupeKey: `appointment:${r.appointmentId}:reminder:sms`,
        now,
      });
    }
    return due.length;
  });
}
