/**
 * Issuing a ticket (kiosk, robot, staff, appointment check-in): the next number of the group's daily
 * series is taken in the statement that inserts the ticket (INSERT … ON CONFLICT DO UPDATE … RETURNING on
 * one row), so numbers are gapless and never repeat even with several kiosks and API processes at once.
 */
import { type RawBuilder, sql } from 'kysely';
import type { Actor, RequestContext } from '../../../kernel/actor.ts';
import { type AnyDb, onOneConnection } from '../../../kernel/db.ts';
import type { IssuedTicket, TicketChannel, TicketIssue } from '../contracts.ts';
import { localDateOf } from '../domain/time.ts';
import { emitQueueEvents } from '../infra/events.ts';
import { queueError } from '../queue.errors.ts';
import { positionOf } from './position.ts';
import { getGroupByLetter } from './settings.ts';
import type { TicketRow } from './ticket-log.ts';

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
  const issued = await onOneConnection(db, (conn) => issueOn(conn, ctx, input, now, appointment));
  await emitQueueEvents(db, [{ type: 'change', wardId: ctx.actor.wardId, at: now.toISOString() }]);
  return issued;
}

async function issueOn(
  db: AnyDb,
  ctx: RequestContext,
  input: TicketIssue,
  now: Date,
  appointment?: AppointmentLink,
): Promise<IssuedTicket> {
  const wardId = ctx.actor.wardId;
  const channel = appointment ? 'appointment' : channelOf(ctx.actor, input.channel);
  const group = await getGroupByLetter(db, wardId, input.group);
  if (!group.active) throw queueError('QUEUE_GROUP_INACTIVE', { group: group.letter });
  const at = sql`${now}::timestamptz`;
  // One statement (atomic on its own, or part of the caller's transaction): take the next number of the
  // group's series, insert the ticket with its 'issue' action and open waiting period.
  const issued = await sql<TicketRow>`
    WITH series AS (
      INSERT INTO queue_number_series (ward_id, group_id, local_date, last_number)
      VALUES (${wardId}, ${group.id}, ${localDateOf(now)}::date, 1)
      ON CONFLICT (ward_id, group_id, local_date)
      DO UPDATE SET last_number = queue_number_series.last_number + 1
      RETURNING ward_id, group_id, local_date, last_number
    ), ticket AS (
      INSERT INTO queue_tickets (ward_id, local_date, issued_group_id, seq, number, group_id, status, priority,
        channel, lang, phone, appointment_id, precedence_from, arrived_at, updated_at)
      SELECT s.ward_id, s.local_date, s.group_id, s.last_number, ${ticketNumberSql(group.letter, sql`s.last_number`)},
        s.group_id, 'waiting', ${input.priority ?? null}::text, ${channel}::text, ${input.lang ?? 'vi'}::text,
        ${input.phone ?? null}::text, ${appointment?.appointmentId ?? null}::uuid,
        ${appointment?.slotStartsAt ?? null}::timestamptz, ${at}, ${at}
      FROM series s
      RETURNING *
    ), logged AS (
      INSERT INTO queue_ticket_actions
        (ward_id, ticket_id, seq, at, type, actor_kind, actor_id, actor_name, counter_id, group_id, details)
      SELECT t.ward_id, t.id, 1, ${at}, 'issue', ${ctx.actor.kind}::text, ${ctx.actor.id}::uuid,
        ${ctx.actor.name}::text, NULL, t.group_id,
        jsonb_build_object('channel', t.channel, 'priority', t.priority, 'appointment', ${appointment?.code ?? null}::text)
      FROM ticket t
    ), waiting AS (
      INSERT INTO queue_ticket_periods (ward_id, ticket_id, seq, kind, group_id, counter_id, staff_id, started_at, ended_at)
      SELECT t.ward_id, t.id, 1, 'waiting', t.group_id, NULL, NULL, ${at}, NULL FROM ticket t
    )
    SELECT t.* FROM ticket t`.execute(db);
  const row = issued.rows[0] as TicketRow;
  // After the statement: the group's series row is not held while counting.
  const { ahead, estimatedWaitMinutes } = await positionOf(db, row, now);
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

/** SQL for `formatTicketNumber(letter, seq)`: the letter and the number on at least three digits. */
function ticketNumberSql(letter: string, seq: RawBuilder<number>): RawBuilder<string> {
  return sql`${letter}::text || CASE WHEN ${seq} >= 100 THEN ${seq}::text ELSE lpad(${seq}::text, 3, '0') END`;
}

/** Path of the phone page behind the QR code (the web app prefixes its origin). */
export function trackUrlOf(trackId: string): string {
  return `/q/${trackId}`;
}
