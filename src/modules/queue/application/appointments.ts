/**
 * Appointments: slots per group and day with a capacity, online booking with a confirmation code,
 * check-in at the kiosk (a ticket called ahead of walk-ins from the slot start), reminders the day
 * before and no-show marking after the slot.
 */
import { randomInt } from 'node:crypto';
import { sql } from 'kysely';
import type { RequestContext } from '../../../kernel/actor.ts';
import { type AnyDb, inTransaction, tablesOf } from '../../../kernel/db.ts';
import { addDays, type PlainDate, plainDate } from '../../../kernel/plain-date.ts';
import {
  type Appointment,
  type BookedAppointment,
  type Booking,
  type IssuedTicket,
  type Lang,
  maskPhone,
  type Slot,
  type SlotsCreate,
} from '../contracts.ts';
import { instantAt, localDateOf } from '../domain/time.ts';
import type { QueueTables } from '../infra/tables.ts';
import { queueError } from '../queue.errors.ts';
import { issueTicket } from './issue-ticket.ts';
import { getGroupByLetter, getQueueSettings } from './settings.ts';

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** 8 characters from a 32-letter alphabet without look-alikes (0/O, 1/I): about 10^12 codes. */
export function newConfirmationCode(): string {
  let s = '';
  for (let i = 0; i < 8; i++) s += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `${s.slice(0, 4)}-${s.slice(4)}`;
}

type SlotRow = {
  id: string;
  letter: string;
  local_date: string;
  starts_at: Date;
  ends_at: Date;
  capacity: number;
  booked: number;
};
const toSlot = (r: SlotRow): Slot => ({
  id: r.id,
  group: r.letter,
  date: String(r.local_date),
  startsAt: new Date(r.starts_at).toISOString(),
  endsAt: new Date(r.ends_at).toISOString(),
  capacity: r.capacity,
  available: Math.max(0, r.capacity - r.booked),
});

export async function listSlots(db: AnyDb, wardId: string, letter: string, date: string): Promise<Slot[]> {
  const group = await getGroupByLetter(db, wardId, letter);
  const r = await sql<SlotRow>`
    SELECT s.id, ${group.letter}::text AS letter, s.local_date, s.starts_at, s.ends_at, s.capacity, s.booked
    FROM queue_appointment_slots s
    WHERE s.ward_id = ${wardId} AND s.group_id = ${group.id} AND s.local_date = ${date}::date
    ORDER BY s.starts_at`.execute(db);
  return r.rows.map(toSlot);
}

/** Creates the slots of a group's day, or updates the capacity of existing ones (same start). */
export async function upsertSlots(db: AnyDb, ctx: RequestContext, input: SlotsCreate): Promise<Slot[]> {
  const wardId = ctx.actor.wardId;
  const date = plainDate(input.date);
  await inTransaction(db, async (tx) => {
    const group = await getGroupByLetter(tx, wardId, input.group);
    for (const s of input.slots) {
      if (s.end <= s.start) throw queueError('QUEUE_SLOT_INVALID', { start: s.start, end: s.end });
      await tablesOf<QueueTables>(tx)
        .insertInto('queue_appointment_slots')
        .values({
          ward_id: wardId,
          group_id: group.id,
          local_date: date,
          starts_at: instantAt(date, s.start),
          ends_at: instantAt(date, s.end),
          capacity: s.capacity,
        })
        .onConflict((oc) =>
          oc
            .columns(['ward_id', 'group_id', 'starts_at'])
            .doUpdateSet({ capacity: s.capacity, ends_at: instantAt(date, s.end) }),
        )
        .execute();
    }
  });
  return listSlots(db, wardId, input.group, date);
}

/** Books a place in a slot (the slot row is locked, so capacity holds under concurrency). */
export async function bookAppointment(
  db: AnyDb,
  wardId: string,
  input: Booking,
  now: Date,
): Promise<BookedAppointment> {
  return inTransaction(db, async (tx) => {
    const t = tablesOf<QueueTables>(tx);
    const slot = await t
      .selectFrom('queue_appointment_slots')
      .innerJoin('queue_groups', (j) =>
        j
          .onRef('queue_groups.ward_id', '=', 'queue_appointment_slots.ward_id')
          .onRef('queue_groups.id', '=', 'queue_appointment_slots.group_id'),
      )
      .select(['queue_appointment_slots.id', 'group_id', 'starts_at', 'ends_at', 'capacity', 'booked', 'letter'])
      .where('queue_appointment_slots.ward_id', '=', wardId)
      .where('queue_appointment_slots.id', '=', input.slotId)
      .forUpdate()
      .executeTakeFirst();
    if (!slot) throw queueError('QUEUE_SLOT_NOT_FOUND');
    if (new Date(slot.starts_at) <= now) throw queueError('QUEUE_SLOT_PAST');
    if (slot.booked >= slot.capacity) throw queueError('QUEUE_SLOT_FULL');
    const code = newConfirmationCode();
    const row = await t
      .insertInto('queue_appointments')
      .values({
        ward_id: wardId,
        slot_id: slot.id,
        group_id: slot.group_id,
        code,
        full_name: input.fullName,
        phone: input.phone,
        ticket_id: null,
        created_at: now,
        updated_at: now,
      })
      .onConflict((oc) => oc.columns(['ward_id', 'slot_id', 'phone']).where('status', '=', 'booked').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row) throw queueError('QUEUE_ALREADY_BOOKED');
    await t
      .updateTable('queue_appointment_slots')
      .set({ booked: slot.booked + 1 })
      .where('ward_id', '=', wardId)
      .where('id', '=', slot.id)
      .execute();
    return {
      code,
      group: slot.letter,
      startsAt: new Date(slot.starts_at).toISOString(),
      endsAt: new Date(slot.ends_at).toISOString(),
      status: 'booked',
    };
  });
}

/** Check-in at the kiosk: issues a ticket that goes ahead of walk-ins from the slot start. */
export async function checkIn(
  db: AnyDb,
  ctx: RequestContext,
  code: string,
  lang: Lang,
  now: Date,
): Promise<IssuedTicket> {
  const wardId = ctx.actor.wardId;
  const settings = await getQueueSettings(db, wardId);
  return inTransaction(db, async (tx) => {
    const t = tablesOf<QueueTables>(tx);
    const a = await t
      .selectFrom('queue_appointments')
      .selectAll()
      .where('ward_id', '=', wardId)
      .where('code', '=', code.toUpperCase())
      .forUpdate()
      .executeTakeFirst();
    if (!a) throw queueError('QUEUE_APPOINTMENT_NOT_FOUND');
    if (a.status !== 'booked') throw queueError('QUEUE_APPOINTMENT_WRONG_STATE', { status: a.status });
    const slot = await t
      .selectFrom('queue_appointment_slots')
      .innerJoin('queue_groups', (j) =>
        j
          .onRef('queue_groups.ward_id', '=', 'queue_appointment_slots.ward_id')
          .onRef('queue_groups.id', '=', 'queue_appointment_slots.group_id'),
      )
      .select(['starts_at', 'ends_at', 'letter'])
      .where('queue_appointment_slots.ward_id', '=', wardId)
      .where('queue_appointment_slots.id', '=', a.slot_id)
      .executeTakeFirstOrThrow();
    const startsAt = new Date(slot.starts_at);
    const endsAt = new Date(slot.ends_at);
    if (now.getTime() < startsAt.getTime() - settings.checkInEarlyMinutes * 60_000)
      throw queueError('QUEUE_APPOINTMENT_TOO_EARLY', { startsAt: startsAt.toISOString() });
    if (now.getTime() > endsAt.getTime() + settings.appointmentGraceMinutes * 60_000)
      throw queueError('QUEUE_APPOINTMENT_TOO_LATE', { endsAt: endsAt.toISOString() });
    const ticket = await issueTicket(tx, ctx, { group: slot.letter, lang }, now, {
      appointmentId: a.id,
      code: a.code,
      slotStartsAt: startsAt,
    });
    await t
      .updateTable('queue_appointments')
      .set({ status: 'checked_in', ticket_id: ticket.id, updated_at: now })
      .where('ward_id', '=', wardId)
      .where('id', '=', a.id)
      .execute();
    return ticket;
  });
}

export async function listAppointments(db: AnyDb, wardId: string, date: string): Promise<Appointment[]> {
  const r = await sql<{
    id: string;
    code: string;
    letter: string;
    starts_at: Date;
    ends_at: Date;
    status: Appointment['status'];
    full_name: string;
    phone: string;
    ticket_number: string | null;
  }>`
    SELECT a.id, a.code, g.letter, s.starts_at, s.ends_at, a.status, a.full_name, a.phone, t.number AS ticket_number
    FROM queue_appointments a
    JOIN queue_appointment_slots s ON s.ward_id = a.ward_id AND s.id = a.slot_id
    JOIN queue_groups g ON g.ward_id = a.ward_id AND g.id = a.group_id
    LEFT JOIN queue_tickets t ON t.ward_id = a.ward_id AND t.id = a.ticket_id
    WHERE a.ward_id = ${wardId} AND s.local_date = ${date}::date
    ORDER BY s.starts_at, a.created_at`.execute(db);
  return r.rows.map((x) => ({
    id: x.id,
    code: x.code,
    group: x.letter,
    startsAt: new Date(x.starts_at).toISOString(),
    endsAt: new Date(x.ends_at).toISOString(),
    status: x.status,
    fullName: maskName(x.full_name),
    phone: maskPhone(x.phone) as string,
    ticketNumber: x.ticket_number,
  }));
}

/** "Nguyễn Văn An" → "N. V. An": enough for the counter to greet, not a full name in a list. */
export function maskName(fullName: string): string {
  const parts = fullName.trim().split(/\s+/);
  const last = parts.pop() ?? '';
  return [...parts.map((p) => `${p[0]}.`), last].join(' ');
}

/**
 * Booked appointments of the next local day not yet reminded; marks them reminded in the caller's transaction
 * (or its own), so two job runs never remind twice. sendAppointmentReminders hands them to the outbox.
 */
export async function collectReminders(db: AnyDb, wardId: string, now: Date) {
  const tomorrow: PlainDate = addDays(localDateOf(now), 1);
  return inTransaction(db, async (tx) => {
    const r = await sql<{
      id: string;
      code: string;
      phone: string;
      full_name: string;
      starts_at: Date;
      letter: string;
      group_name: string;
      zone: string;
    }>`
      UPDATE queue_appointments a SET reminded_at = ${now}
      FROM queue_appointment_slots s, queue_groups g
      WHERE a.ward_id = ${wardId} AND s.ward_id = a.ward_id AND s.id = a.slot_id AND g.ward_id = a.ward_id
        AND g.id = a.group_id AND s.local_date = ${tomorrow}::date AND a.status = 'booked' AND a.reminded_at IS NULL
      RETURNING a.id, a.code, a.phone, a.full_name, s.starts_at, g.letter, g.name AS group_name, g.zone`.execute(tx);
    return r.rows.map((x) => ({
      appointmentId: x.id,
      code: x.code,
      phone: x.phone,
      fullName: x.full_name,
      group: x.letter,
      groupName: x.group_name,
      zone: x.zone,
      startsAt: new Date(x.starts_at).toISOString(),
    }));
  });
}

/** Booked appointments whose slot ended more than the grace period ago become no-shows; returns how many. */
export async function markAppointmentNoShows(db: AnyDb, wardId: string, now: Date): Promise<number> {
  const settings = await getQueueSettings(db, wardId);
  const cutoff = new Date(now.getTime() - settings.appointmentGraceMinutes * 60_000);
  const r = await sql<{ id: string }>`
    UPDATE queue_appointments a SET status = 'no_show', updated_at = ${now}
    FROM queue_appointment_slots s
    WHERE a.ward_id = ${wardId} AND s.ward_id = a.ward_id AND s.id = a.slot_id AND a.status = 'booked'
      AND s.ends_at < ${cutoff}
    RETURNING a.id`.execute(db);
  return r.rows.length;
}
