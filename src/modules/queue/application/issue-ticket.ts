/**
 * Issuing a ticket (kiosk, robot, staff, appointment check-in): the next number of the group's daily
 * series is taken in the ticket's transaction (UPDATE … RETURNING on one row), so numbers are gapless and
 * never repeat even with several kiosks and API processes at once.
 */
import { sql } from 'kysely';
import type { Actor, RequestContext } from '../../../kernel/actor.ts';
import { type AnyDb, inTransaction, tablesOf } from '../../../kernel/db.ts';
import type { IssuedTicket, TicketChannel, TicketIssue } from '../contracts.ts';
import { formatTicketNumber } from '../domain/announce.ts';
import { localDateOf } from '../domain/time.ts';
import { notifyQueue } from '../infra/events.ts';
import type { QueueTables } from '../infra/tables.ts';
import { queueError } from '../queue.errors.ts';
import { positionOf } from './position.ts';
import { getGroupByLetter, getQueueSettings } from './settings.ts';

export interface AppointmentLink {
  appointmentId: string;
  code: string;
  slotStartsAt: Date;
}

/** The channel follows from who issues: a kiosk or robot device, or a person at a counter. */
function channelOf(actor: Actor, requested: TicketChannel | null | undefined): TicketChannel {
  const derived: TicketChannel =
    actor.kind === 'device'
      ? actor.roles.includes('robot')
        ? 'robot'
        : 'kiosk'
      : actor.kind === 'system'
        ? (requested ?? 'staff')
        : 'staff';
  if (requested && requested !== derived)
    throw queueError('QUEUE_CHANNEL_NOT_ALLOWED', { requested, expected: derived });
  return derived;
}

export async function issueTicket(
  db: AnyDb,
  ctx: RequestContext,
  input: TicketIssue,
  now: Date,
  appointment?: AppointmentLink,
): Promise<IssuedTicket> {
  const wardId = ctx.actor.wardId;
  const channel = appointment ? 'appointment' : channelOf(ctx.actor, input.channel);
  const settings = await getQueueSettings(db, wardId);
  const { row, group } = await inTransaction(db, async (tx) => {
    const t = tablesOf<QueueTables>(tx);
    const group = await getGroupByLetter(tx, wardId, input.group);
    if (!group.active) throw queueError('QUEUE_GROUP_INACTIVE', { group: group.letter });
    const localDate = localDateOf(now);
    const series = await sql<{ last_number: number }>`
      INSERT INTO queue_number_series (ward_id, group_id, local_date, last_number)
      VALUES (${wardId}, ${group.id}, ${localDate}::date, 1)
      ON CONFLICT (ward_id, group_id, local_date)
      DO UPDATE SET last_number = queue_number_series.last_number + 1
      RETURNING last_number`.execute(tx);
    const seq = Number(series.rows[0]?.last_number);
    const row = await t
      .insertInto('queue_tickets')
      .values({
        ward_id: wardId,
        local_date: localDate,
        issued_group_id: group.id,
        seq,
        number: formatTicketNumber(group.letter, seq),
        group_id: group.id,
        status: 'waiting',
        priority: input.priority ?? null,
        channel,
        lang: input.lang ?? 'vi',
        phone: input.phone ?? null,
        appointment_id: appointment?.appointmentId ?? null,
        precedence_from: appointment?.slotStartsAt ?? null,
        arrived_at: now,
        counter_id: null,
        staff_id: null,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await t
      .insertInto('queue_ticket_actions')
      .values({
        ward_id: wardId,
        ticket_id: row.id,
        seq: 1,
        at: now,
        type: 'issue',
        actor_kind: ctx.actor.kind,
        actor_id: ctx.actor.id,
        actor_name: ctx.actor.name,
        counter_id: null,
        group_id: group.id,
        details: JSON.stringify({ channel, priority: row.priority, appointment: appointment?.code ?? null }),
      })
      .execute();
    await t
      .insertInto('queue_ticket_periods')
      .values({
        ward_id: wardId,
        ticket_id: row.id,
        seq: 1,
        kind: 'waiting',
        group_id: group.id,
        counter_id: null,
        staff_id: null,
        started_at: now,
        ended_at: null,
      })
      .execute();
    await notifyQueue(tx, { type: 'change', wardId, at: now.toISOString() });
    return { row, group };
  });
  // After the commit (or inside the caller's transaction): the group's series row is not held meanwhile.
  const { ahead, estimatedWaitMinutes } = await positionOf(db, row, now, settings.defaultServiceMinutes);
  return {
    id: row.id,
    number: row.number,
    group: group.letter,
    groupName: group.name,
    groupNameEn: group.name_en,
    zone: group.zone,
    priority: row.priority,
    channel,
    lang: row.lang,
    issuedAt: now.toISOString(),
    ahead,
    estimatedWaitMinutes,
    trackId: row.track_id,
    trackUrl: trackUrlOf(row.track_id),
    appointmentCode: appointment?.code ?? null,
  };
}

/** Path of the phone page behind the QR code (the web app prefixes its origin). */
export function trackUrlOf(trackId: string): string {
  return `/q/${trackId}`;
}
