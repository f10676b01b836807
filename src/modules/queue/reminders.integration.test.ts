/** Appointment reminders through the notify outbox: the day before, one SMS per booking, never twice. */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOBS } from '../../server/jobs.ts';
import { errorBody, registerErrorHandling } from '../../server/plugins/errors.ts';
import { registerIdempotency } from '../../server/plugins/idempotency.ts';
import { sendAppointmentReminders } from './application/reminders.ts';
import { aQueueWard, aTokenFor, bearer, wardCodeOf } from './testing/builders.ts';
import { createQueueTestApp, MONDAY_8AM, type QueueTestApp } from './testing/test-app.ts';

let t: QueueTestApp;
let ward: Awaited<ReturnType<typeof aQueueWard>>;
let code: string;
let director: string;

beforeAll(async () => {
  t = await createQueueTestApp({ registerErrorHandling, registerIdempotency, errorBody });
  ward = await aQueueWard(t.database);
  code = await wardCodeOf(t.database.db, ward.wardId);
  director = (await aTokenFor(t.database.db, ward.wardId, 'director')).token;
});
afterAll(() => t.close());

async function book(date: string, start: string, phone: string): Promise<string> {
  const slots = await t.app.inject({
    method: 'PUT',
    url: '/api/queue/appointment-slots',
    headers: bearer(director),
    payload: { group: 'B', date, slots: [{ start, end: `${start.slice(0, 2)}:30`, capacity: 5 }] },
  });
  const [slot] = slots.json() as Array<{ id: string }>;
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/public/queue/wards/${code}/appointments`,
    payload: { slotId: slot?.id, fullName: 'Lê Thị Hoa', phone },
  });
  expect(res.statusCode).toBe(201);
  return res.json().code;
}

const outbox = async () =>
  (
    await sql<{ recipient: string; template: string; body: string; dedupe_key: string; channel: string }>`
      SELECT recipient, template, body, dedupe_key, channel FROM notifications
      WHERE ward_id = ${ward.wardId} AND template = 'appointment-reminder' ORDER BY recipient`.execute(t.database.db)
  ).rows;

describe('appointment reminders', () => {
  it('the daily job enqueues one SMS per booking of the next day, exactly once', async () => {
    // Monday 2 March 08:00; bookings on Tuesday 3 (tomorrow) and Wednesday 4 March.
    const tomorrow = await book('2026-03-03', '09:00', '0911000111');
    await book('2026-03-03', '09:00', '0911000222');
    await book('2026-03-04', '09:00', '0911000333');
    const job = JOBS.find((j) => j.name === 'queue.appointment-reminders');
    expect(job?.schedule).toEqual({ dailyAt: '17:00' });
    t.clock.set('2026-03-02T10:00:00Z'); // Monday 17:00
    const run = () => job?.run({ database: t.database, clock: t.clock, periodStart: t.clock.now(), attempt: 1 });
    await run();

    const sent = await outbox();
    expect(sent.map((n) => n.recipient)).toEqual(['+84911000111', '+84911000222']);
    expect(sent[0]).toMatchObject({ channel: 'sms', template: 'appointment-reminder' });
    expect(sent[0]?.body).toContain('lúc 09:00 ngày 03/03/2026');
    expect(sent[0]?.body).toContain(`Mã đặt lịch: ${tomorrow}`);
    expect(sent[0]?.body).toContain('Lê Thị Hoa');

    // A second run, two runs at once, and even a lost reminded_at mark do not send again.
    await run();
    await Promise.all([
      sendAppointmentReminders(t.database.db, ward.wardId, t.clock.now()),
      sendAppointmentReminders(t.database.db, ward.wardId, t.clock.now()),
    ]);
    await sql`UPDATE queue_appointments SET reminded_at = NULL WHERE ward_id = ${ward.wardId}`.execute(t.database.db);
    expect(await sendAppointmentReminders(t.database.db, ward.wardId, t.clock.now())).toBe(2);
    expect((await outbox()).length).toBe(2);

    // Tuesday 17:00: Wednesday's booking is reminded now.
    t.clock.set('2026-03-03T10:00:00Z');
    await run();
    expect((await outbox()).map((n) => n.recipient)).toEqual(['+84911000111', '+84911000222', '+84911000333']);
    t.clock.set(MONDAY_8AM);
  });
});
