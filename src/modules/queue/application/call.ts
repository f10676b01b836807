/**
 * Calling tickets to a counter. call-next is atomic under concurrency: the candidate row is taken with
 * FOR UPDATE SKIP LOCKED, so two counters calling at the same instant never get the same ticket.
 */
import { sql } from 'kysely';
import type { RequestContext } from '../../../kernel/actor.ts';
import { type AnyDb, inTransaction, tablesOf } from '../../../kernel/db.ts';
import type { Ticket } from '../contracts.ts';
import { type Transition, transition } from '../domain/ticket-state.ts';
import { emitQueueEvents, type QueueEvent } from '../infra/events.ts';
import type { QueueTables } from '../infra/tables.ts';
import { queueError } from '../queue.errors.ts';
import {
  type CounterRow,
  ensureCounterActive,
  ensureCounterFree,
  ensureMayActAt,
  lockCounter,
} from './counter-access.ts';
import { alertNearTickets } from './near-alerts.ts';
import { queueOrder } from './position.ts';
import { isManager } from './settings.ts';
import { actionWith, applyAction, findTicket, type TicketRow, toTicket, type ViewRow } from './ticket-log.ts';

/**
 * Calls the best waiting ticket over the counter's groups in profile order; null when nobody waits. One
 * statement, no transaction round trips: lock the counter, check it may call (its officer or a manager,
 * active, free), take the first waiting ticket with SKIP LOCKED and write the call. A ticket committed after
 * the instant of this call (its request waited for a connection or a lock) is not seen, so a waiting period
 * never ends before it started.
 */
export async function callNext(db: AnyDb, ctx: RequestContext, counterId: string, now: Date): Promise<Ticket | null> {
  const wardId = ctx.actor.wardId;
  const staffId = ctx.actor.kind === 'staff' ? ctx.actor.id : null;
  const r = await sql<CalledRow>`
    ${actionWith({
      wardId,
      next: transition('waiting', 'call') as Transition,
      input: {
        action: 'call',
        actor: ctx.actor,
        at: now,
        counterId,
        patch: {
          counter_id: counterId,
          staff_id: staffId ?? sql`(SELECT staff_id FROM c)`,
          called_at: now,
          recalls: 0,
        },
        counter: { id: counterId, current: 'ticket' },
      },
      before: sql`c AS (
      SELECT id, number, active, staff_id, current_ticket_id FROM queue_counters
      WHERE ward_id = ${wardId} AND id = ${counterId}
      FOR UPDATE
    ), pick AS (
      SELECT t.id FROM queue_tickets t
      JOIN queue_counter_groups cg ON cg.ward_id = t.ward_id AND cg.group_id = t.group_id AND cg.counter_id = ${counterId}
      WHERE t.ward_id = ${wardId} AND t.status = 'waiting' AND t.arrived_at <= ${now}::timestamptz
        AND EXISTS (SELECT 1 FROM c WHERE c.active AND c.current_ticket_id IS NULL
          AND (${isManager(ctx.actor)} OR c.staff_id = ${staffId}::uuid))
      ORDER BY cg.position, ${queueOrder(now)}
      LIMIT 1
      FOR UPDATE OF t SKIP LOCKED
    ), `,
      which: sql`id = (SELECT id FROM pick)`,
    })}
    SELECT c.number AS c_number, c.active AS c_active, c.staff_id AS c_staff_id, c.current_ticket_id AS c_current,
      v.*, c.number AS counter_number,
      EXISTS (SELECT 1 FROM queue_tickets w WHERE w.ward_id = ${wardId} AND w.group_id = v.group_id
        AND w.status = 'waiting' AND w.phone IS NOT NULL AND w.id <> v.id
        AND NOT EXISTS (SELECT 1 FROM queue_near_alerts n
          WHERE n.ward_id = w.ward_id AND n.ticket_id = w.id AND n.group_id = w.group_id)) AS near_pending
    FROM c LEFT JOIN (
      SELECT u.*, g.letter AS group_letter FROM u JOIN queue_groups g ON g.ward_id = u.ward_id AND g.id = u.group_id
    ) v ON true`.execute(db);
  const row = r.rows[0];
  if (!row) throw queueError('QUEUE_COUNTER_NOT_FOUND');
  if (row.id === null) {
    // Nothing written: say why, in the order openCounter checks, or that nobody waits.
    const counter = {
      number: row.c_number,
      active: row.c_active,
      staff_id: row.c_staff_id,
      current_ticket_id: row.c_current,
    };
    ensureMayActAt(ctx.actor, counter);
    ensureCounterActive(counter);
    ensureCounterFree(counter);
    return null;
  }
  await emitQueueEvents(db, [callEvent(row, { number: row.c_number }, now, false)]);
  // Tell those now close to their turn. A failure leaves them unmarked: the group's next call tries again.
  if (row.near_pending) await alertNearTickets(db, wardId, row.group_id, now).catch(() => undefined);
  return toTicket(row);
}

/** call-next's row: the counter as locked, and the called ticket (all null when none was called). */
type CalledRow = ViewRow & {
  c_number: number;
  c_active: boolean;
  c_staff_id: string | null;
  c_current: string | null;
  /** The group has waiting tickets with a phone not yet told they are near. */
  near_pending: boolean;
};

/** Calls one waiting ticket chosen by the officer (it must be in a group the counter serves). */
export async function callTicket(
  db: AnyDb,
  ctx: RequestContext,
  counterId: string,
  ticketId: string,
  now: Date,
): Promise<Ticket> {
  const wardId = ctx.actor.wardId;
  const called = await inTransaction(db, async (tx) => {
    const counter = await openCounter(tx, ctx, counterId);
    const row = await findTicket(tx, wardId, ticketId);
    if (!row) throw queueError('QUEUE_TICKET_NOT_FOUND');
    const served = await tablesOf<QueueTables>(tx)
      .selectFrom('queue_counter_groups')
      .select('group_id')
      .where('ward_id', '=', wardId)
      .where('counter_id', '=', counter.id)
      .where('group_id', '=', row.group_id)
      .executeTakeFirst();
    if (!served) throw queueError('QUEUE_TICKET_NOT_SERVED_HERE', { counterNumber: counter.number });
    return callTo(tx, ctx, counter, row, now);
  });
  await emitQueueEvents(db, [called.event]);
  await alertNearTickets(db, wardId, called.ticket.group_id, now).catch(() => undefined);
  return toTicket(called.ticket);
}

async function openCounter(tx: AnyDb, ctx: RequestContext, counterId: string): Promise<CounterRow> {
  const counter = await lockCounter(tx, ctx.actor.wardId, counterId);
  ensureMayActAt(ctx.actor, counter);
  ensureCounterActive(counter);
  ensureCounterFree(counter);
  return counter;
}

/** Calls `row` (read at its version) to the locked `counter` in one statement; the event to send after commit. */
async function callTo(
  tx: AnyDb,
  ctx: RequestContext,
  counter: CounterRow,
  row: TicketRow & { group_letter: string },
  now: Date,
): Promise<{ ticket: ViewRow; event: QueueEvent }> {
  const staffId = ctx.actor.kind === 'staff' ? ctx.actor.id : counter.staff_id;
  const ticket = await applyAction(tx, row, {
    action: 'call',
    actor: ctx.actor,
    at: now,
    counterId: counter.id,
    patch: { counter_id: counter.id, staff_id: staffId, called_at: now, recalls: 0 },
    counter: { id: counter.id, current: row.id },
  });
  return { ticket, event: callEvent(row, counter, now, false) };
}

/** The event that makes the display boards show and speak a call. */
export function callEvent(
  ticket: Pick<TicketRow, 'ward_id' | 'number'> & { group_letter: string },
  counter: Pick<CounterRow, 'number'>,
  now: Date,
  recall: boolean,
): QueueEvent {
  return {
    type: 'call',
    wardId: ticket.ward_id,
    ticketNumber: ticket.number,
    group: ticket.group_letter,
    counterNumber: counter.number,
    recall,
    at: now.toISOString(),
  };
}
