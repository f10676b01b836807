/** Appointments over HTTP: slots, public booking, capacity, check-in window, precedence, reminders, no-shows. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBody, registerErrorHandling } from '../../server/plugins/errors.ts';
import { registerIdempotency } from '../../server/plugins/idempotency.ts';
import { collectReminders, markAppointmentNoShows } from './application/appointments.ts';
import { aQueueWard, aTokenFor, bearer, wardCodeOf } from './testing/builders.ts';
import { createQueueTestApp, MONDAY_8AM, type QueueTestApp } from './testing/test-app.ts';

let t: QueueTestApp;
let ward: Awaited<ReturnType<typeof aQueueWard>>;
let code: string;
let director: string;
let kiosk: string;

beforeAll(async () => {
  t = await createQueueTestApp({ registerErrorHandling, registerIdempotency, errorBody });
  ward = await aQueueWard(t.database);
  code = await wardCodeOf(t.database.db, ward.wardId);
  director = (await aTokenFor(t.database.db, ward.wardId, 'director')).token;
  kiosk = (await aTokenFor(t.database.db, ward.wardId, 'kiosk')).token;
});
afterAll(() => t.close());

const inject = (method: 'GET' | 'POST' | 'PUT', url: string, token?: string, payload?: object) =>
  t.app.inject({ method, url, headers: token ? bearer(token) : {}, ...(payload ? { payload } : {}) });

describe('appointments', () => {
  it('books online, checks in at the kiosk and is called ahead of walk-ins from the slot start', async () => {
    // Monday 08:00 now; slots on Tuesday 3 March.
    const slots = await inject('PUT', '/api/queue/appointment-slots', director, {
      group: 'A',
      date: '2026-03-03',
      slots: [
        { start: '08:00', end: '08:30', capacity: 1 },
        { start: '08:30', end: '09:00', capacity: 2 },
      ],
    });
    expect(slots.statusCode).toBe(200);
    const open = await inject('GET', `/api/public/queue/wards/${code}/slots?group=A&date=2026-03-03`);
    expect(open.json().map((s: { available: number }) => s.available)).toEqual([1, 2]);
    const [first, second] = open.json() as Array<{ id: string; startsAt: string }>;

    const book = (slotId: string, phone: string) =>
      inject('POST', `/api/public/queue/wards/${code}/appointments`, undefined, {
        slotId,
        fullName: 'Nguyễn Văn An',
        phone,
      });
    const booked = await book(first?.id as string, '0901111222');
    expect(booked.statusCode).toBe(201);
    expect(booked.json()).toMatchObject({ group: 'A', status: 'booked', startsAt: '2026-03-03T01:00:00.000Z' });
    expect(booked.json().code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect((await book(first?.id as string, '0903333444')).json().error.code).toBe('QUEUE_SLOT_FULL');
    await book(second?.id as string, '0905555666');
    expect((await book(second?.id as string, '0905555666')).json().error.code).toBe('QUEUE_ALREADY_BOOKED');

    const list = await inject('GET', '/api/queue/appointments?date=2026-03-03', director);
    expect(list.json()[0]).toMatchObject({ fullName: 'N. V. An', phone: '090****222', status: 'booked' });
    expect(list.body).not.toContain('0901111222');

    const reminders = await collectReminders(t.database.db, ward.wardId, MONDAY_8AM);
    expect(reminders.map((r) => r.phone).sort()).toEqual(['0901111222', '0905555666']);
    expect(await collectReminders(t.database.db, ward.wardId, MONDAY_8AM)).toEqual([]); // never twice

    const checkIn = () => inject('POST', '/api/queue/appointments/check-in', kiosk, { code: booked.json().code });
    expect((await checkIn()).json().error.code).toBe('QUEUE_APPOINTMENT_TOO_EARLY');

    t.clock.set('2026-03-03T00:45:00Z'); // Tuesday 07:45: walk-ins arrive first
    const walkIn = (await inject('POST', '/api/queue/tickets', kiosk, { group: 'A' })).json();
    t.clock.set('2026-03-03T00:50:00Z');
    const ticket = await checkIn();
    expect(ticket.statusCode).toBe(201);
    expect(ticket.json()).toMatchObject({
      number: 'A002',
      channel: 'appointment',
      appointmentCode: booked.json().code,
    });
    expect((await checkIn()).json().error.code).toBe('QUEUE_APPOINTMENT_WRONG_STATE');

    const c2 = `/api/queue/counters/${(await inject('GET', '/api/queue/counters', director)).json()[1].id}/call-next`;
    const before = await inject('POST', c2, director); // 07:50, before the slot: arrival order
    expect(before.json().id).toBe(walkIn.id);
    await inject('POST', `/api/queue/tickets/${walkIn.id}/actions`, director, { type: 'cancel' });
    t.clock.set('2026-03-03T00:55:00Z');
    const late = (await inject('POST', '/api/queue/tickets', kiosk, { group: 'A' })).json();
    t.clock.set('2026-03-03T01:01:00Z'); // slot started: the appointment goes first
    const another = (await inject('POST', '/api/queue/tickets', kiosk, { group: 'A', priority: 'merit' })).json();
    const next = await inject('POST', c2, director);
    expect(next.json()).toMatchObject({ id: ticket.json().id, appointment: true });
    expect([late.number, another.number]).toEqual(['A003', 'A004']);

    t.clock.set('2026-03-03T03:00:00Z'); // 10:00: the 08:30 slot is long over
    expect(await markAppointmentNoShows(t.database.db, ward.wardId, t.clock.now())).toBe(1);
    const after = await inject('GET', '/api/queue/appointments?date=2026-03-03', director);
    expect(after.json().map((a: { status: string }) => a.status)).toEqual(['checked_in', 'no_show']);
  });

  it('refuses unknown wards, slots and codes', async () => {
    expect((await inject('GET', '/api/public/queue/wards/no-such-ward/groups')).statusCode).toBe(404);
    const groups = await inject('GET', `/api/public/queue/wards/${code}/groups`);
    expect(groups.json().map((g: { letter: string }) => g.letter)).toEqual(['A', 'B', 'C', 'D', 'E']);
    const missing = await inject('POST', `/api/public/queue/wards/${code}/appointments`, undefined, {
      slotId: '00000000-0000-4000-8000-000000000000',
      fullName: 'Trần Thị B',
      phone: '0907777888',
    });
    expect(missing.json().error.code).toBe('QUEUE_SLOT_NOT_FOUND');
    const bad = await inject('POST', '/api/queue/appointments/check-in', kiosk, { code: 'ZZZZ-ZZZZ' });
    expect(bad.json().error.code).toBe('QUEUE_APPOINTMENT_NOT_FOUND');
  });
});
