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
  const at = sql`${now}::timestamptz`;
  // One statement (atomic on its own, or part of the caller's transaction): find the active group, take the
  // next number of its series, insert the ticket with its 'issue' action and open waiting period. The group's
  // series row stays locked until the statement commits.
  const r = await sql<IssuedRow>`
    WITH g AS (
      SELECT id, letter, active, name, name_en, zone FROM queue_groups
      WHERE ward_id = ${wardId} AND letter = ${input.group.toUpperCase()}
    ), series AS (
      INSERT INTO queue_number_series (ward_id, group_id, local_date, last_number)
      SELECT ${wardId}::uuid, g.id, ${localDateOf(now)}::date, 1 FROM g WHERE g.active
      ON CONFLICT (ward_id, group_id, local_date)
      DO UPDATE SET last_number = queue_number_series.last_number + 1
      RETURNING ward_id, group_id, local_date, last_number
    ), ticket AS (
      INSERT INTO queue_tickets (ward_id, local_date, issued_group_id, seq, number, group_id, status, priority,
        channel, lang, phone, appointment_id, precedence_from, arrived_at, updated_at)
      SELECT s.ward_id, s.local_date, s.group_id, s.last_number, ${ticketNumberSql(sql`g.letter`, sql`s.last_number`)},
        s.group_id, 'waiting', ${input.priority ?? null}::text, ${channel}::text, ${input.lang ?? 'vi'}::text,
        ${input.phone ?? null}::text, ${appointment?.appointmentId ?? null}::uuid,
        ${appointment?.slotStartsAt ?? null}::timestamptz, ${at}, ${at}
      FROM series s, g
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
    SELECT g.letter AS g_letter, g.active AS g_active, g.name AS g_name, g.name_en AS g_name_en, g.zone AS g_zone,
      t.*
    FROM g
    LEFT JOIN ticket t ON true`.execute(db);
  const row = r.rows[0];
  if (!row) throw queueError('QUEUE_GROUP_NOT_FOUND', { group: input.group });
  if (!row.g_active || row.id === null) throw queueError('QUEUE_GROUP_INACTIVE', { group: row.g_letter });
  // Counted after the commit, on the same connection: the statement's snapshot was taken before it waited for
  // the series row, and would miss a ticket of the group committed meanwhile.
  const { ahead, estimatedWaitMinutes } = await positionOf(db, row, now);
  return {
    id: row.id,
    number: row.number,
    group: row.g_letter,
    groupName: row.g_name,
    groupNameEn: row.g_name_en,
    zone: row.g_zone,
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

/** The issuing statement's row: the group found and the ticket inserted (null columns when none was). */
type IssuedRow = TicketRow & { g_letter: string; g_active: boolean; g_name: string; g_name_en: string; g_zone: string };

/** SQL for `formatTicketNumber(letter, seq)`: the letter and the number on at least three digits. */
function ticketNumberSql(letter: RawBuilder<unknown>, seq: RawBuilder<unknown>): RawBuilder<string> {
  return sql`${letter} || CASE WHEN ${seq} >= 100 THEN ${seq}::text ELSE lpad(${seq}::text, 3, '0') END`;
}

/** Path of the phone page behind the QR code (the web app prefixes its origin). */
export function trackUrlOf(trackId: string): string {
  return `/q/${trackId}`;
}
