/** Counters, their work profiles, and officers signing in and out. */
import { sql } from 'kysely';
import type { RequestContext } from '../../../kernel/actor.ts';
import { type AnyDb, inTransaction, tablesOf } from '../../../kernel/db.ts';
import { findStaffMember, recordAudit } from '../../identity/index.ts';
import type { Counter, CounterCreate, CounterState, CounterUpdate, TicketStatus } from '../contracts.ts';
import { emitQueueEvents } from '../infra/events.ts';
import type { QueueTables } from '../infra/tables.ts';
import { queueError } from '../queue.errors.ts';
import { ensureCounterActive, ensureCounterFree, lockCounter } from './counter-access.ts';
import { isManager } from './settings.ts';

type CounterListRow = {
  id: string;
  number: number;
  name: string;
  zone: string;
  active: boolean;
  staff_id: string | null;
  staff_name: string | null;
  last_ticket_id: string | null;
  current_id: string | null;
  current_number: string | null;
  current_status: TicketStatus | null;
  letters: string[] | null;
};

export function counterState(active: boolean, staffId: string | null, status: TicketStatus | null): CounterState {
  if (!active || staffId === null) return status === 'called' ? 'calling' : status === 'serving' ? 'serving' : 'closed';
  return status === 'called' ? 'calling' : status === 'serving' ? 'serving' : 'idle';
}

export async function listCounters(db: AnyDb, wardId: string, id?: string): Promise<Counter[]> {
  const rows = await sql<CounterListRow>`
    SELECT c.id, c.number, c.name, c.zone, c.active, c.staff_id, c.staff_name, c.last_ticket_id,
      t.id AS current_id, t.number AS current_number, t.status AS current_status,
      (SELECT array_agg(g.letter ORDER BY cg.position) FROM queue_counter_groups cg
        JOIN queue_groups g ON g.ward_id = cg.ward_id AND g.id = cg.group_id
        WHERE cg.ward_id = c.ward_id AND cg.counter_id = c.id) AS letters
    FROM queue_counters c
    LEFT JOIN queue_tickets t ON t.ward_id = c.ward_id AND t.id = c.current_ticket_id
    WHERE c.ward_id = ${wardId} ${id ? sql`AND c.id = ${id}` : sql``}
    ORDER BY c.number`.execute(db);
  return rows.rows.map((r) => ({
    id: r.id,
    number: r.number,
    name: r.name,
    zone: r.zone,
    active: r.active,
    groups: r.letters ?? [],
    state: counterState(r.active, r.staff_id, r.current_status),
    staffId: r.staff_id,
    staffName: r.staff_name,
    currentTicket: r.current_id
      ? { id: r.current_id, number: r.current_number as string, status: r.current_status as TicketStatus }
      : null,
    lastTicketId: r.last_ticket_id,
  }));
}

export async function getCounter(db: AnyDb, wardId: string, id: string): Promise<Counter> {
  const [c] = await listCounters(db, wardId, id);
  if (!c) throw queueError('QUEUE_COUNTER_NOT_FOUND');
  return c;
}

async function setProfile(tx: AnyDb, wardId: string, counterId: string, letters: readonly string[]): Promise<void> {
  const t = tablesOf<QueueTables>(tx);
  const unique = [...new Set(letters.map((l) => l.toUpperCase()))];
  const groups = await t
    .selectFrom('queue_groups')
    .select(['id', 'letter'])
    .where('ward_id', '=', wardId)
    .where('letter', 'in', unique)
    .execute();
  const missing = unique.filter((l) => !groups.some((g) => g.letter === l));
  if (missing.length > 0) throw queueError('QUEUE_GROUP_NOT_FOUND', { groups: missing });
  await t
    .deleteFrom('queue_counter_groups')
    .where('ward_id', '=', wardId)
    .where('counter_id', '=', counterId)
    .execute();
  await t
    .insertInto('queue_counter_groups')
    .values(
      unique.map((letter, i) => ({
        ward_id: wardId,
        counter_id: counterId,
        group_id: groups.find((g) => g.letter === letter)?.id as string,
        position: i + 1,
      })),
    )
    .execute();
}

export async function createCounter(db: AnyDb, ctx: RequestContext, input: CounterCreate): Promise<Counter> {
  const wardId = ctx.actor.wardId;
  const id = await inTransaction(db, async (tx) => {
    const row = await tablesOf<QueueTables>(tx)
      .insertInto('queue_counters')
      .values({
        ward_id: wardId,
        number: input.number,
        name: input.name,
        zone: input.zone ?? '',
        staff_id: null,
        staff_name: null,
        current_ticket_id: null,
        last_ticket_id: null,
      })
      .onConflict((oc) => oc.columns(['ward_id', 'number']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row) throw queueError('QUEUE_COUNTER_NUMBER_TAKEN', { number: input.number });
    await setProfile(tx, wardId, row.id, input.groups);
    await recordAudit(tx, ctx.actor, ctx.requestId, {
      action: 'queue.counter.create',
      targetType: 'queue_counter',
      targetId: row.id,
      details: { number: input.number, groups: input.groups },
    });
    return row.id;
  });
  return getCounter(db, wardId, id);
}

export async function updateCounter(
  db: AnyDb,
  ctx: RequestContext,
  id: string,
  input: CounterUpdate,
  now: Date,
): Promise<Counter> {
  const wardId = ctx.actor.wardId;
  await inTransaction(db, async (tx) => {
    await lockCounter(tx, wardId, id);
    const set = {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.zone !== undefined ? { zone: input.zone } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
    };
    if (Object.keys(set).length > 0)
      await tablesOf<QueueTables>(tx)
        .updateTable('queue_counters')
        .set(set)
        .where('ward_id', '=', wardId)
        .where('id', '=', id)
        .execute();
    if (input.groups) await setProfile(tx, wardId, id, input.groups);
    await recordAudit(tx, ctx.actor, ctx.requestId, {
      action: 'queue.counter.update',
      targetType: 'queue_counter',
      targetId: id,
      details: { fields: Object.keys(input) },
    });
  });
  await emitQueueEvents(db, [{ type: 'change', wardId, at: now.toISOString() }]);
  return getCounter(db, wardId, id);
}

/** Signs the actor in to a counter (leaving any other counter they held). `force` lets a manager take over. */
export async function signIn(
  db: AnyDb,
  ctx: RequestContext,
  counterId: string,
  now: Date,
  force = false,
): Promise<Counter> {
  const wardId = ctx.actor.wardId;
  const staffId = ctx.actor.id as string;
  await inTransaction(db, async (tx) => {
    const counter = await lockCounter(tx, wardId, counterId);
    ensureCounterActive(counter);
    if (counter.staff_id === staffId) return;
    if (counter.staff_id !== null) {
      if (!(force && isManager(ctx.actor))) throw queueError('QUEUE_COUNTER_TAKEN', { counterNumber: counter.number });
      await closeSession(tx, wardId, counter.id, now);
    }
    const other = await tablesOf<QueueTables>(tx)
      .selectFrom('queue_counters')
      .select('id')
      .where('ward_id', '=', wardId)
      .where('staff_id', '=', staffId)
      .executeTakeFirst();
    if (other) {
      const held = await lockCounter(tx, wardId, other.id);
      ensureCounterFree(held);
      await closeSession(tx, wardId, held.id, now);
    }
    // Boards, tablets and the monitor show the officer's full name, not the username.
    const staffName = (await findStaffMember(tx, wardId, staffId))?.fullName ?? ctx.actor.name;
    await tablesOf<QueueTables>(tx)
      .updateTable('queue_counters')
      .set({ staff_id: staffId, staff_name: staffName, signed_in_at: now })
      .where('ward_id', '=', wardId)
      .where('id', '=', counter.id)
      .execute();
    await tablesOf<QueueTables>(tx)
      .insertInto('queue_counter_sessions')
      .values({
        ward_id: wardId,
        counter_id: counter.id,
        staff_id: staffId,
        staff_name: staffName,
        started_at: now,
      })
      .execute();
    await recordAudit(tx, ctx.actor, ctx.requestId, {
      action: 'queue.counter.sign-in',
      targetType: 'queue_counter',
      targetId: counter.id,
    });
  });
  await emitQueueEvents(db, [{ type: 'change', wardId, at: now.toISOString() }]);
  return getCounter(db, wardId, counterId);
}

export async function signOut(db: AnyDb, ctx: RequestContext, counterId: string, now: Date): Promise<Counter> {
  const wardId = ctx.actor.wardId;
  await inTransaction(db, async (tx) => {
    const counter = await lockCounter(tx, wardId, counterId);
    if (counter.staff_id === null) return;
    if (counter.staff_id !== ctx.actor.id && !isManager(ctx.actor))
      throw queueError('QUEUE_NOT_SIGNED_IN', { counterNumber: counter.number });
    ensureCounterFree(counter);
    await closeSession(tx, wardId, counter.id, now);
    await recordAudit(tx, ctx.actor, ctx.requestId, {
      action: 'queue.counter.sign-out',
      targetType: 'queue_counter',
      targetId: counter.id,
    });
  });
  await emitQueueEvents(db, [{ type: 'change', wardId, at: now.toISOString() }]);
  return getCounter(db, wardId, counterId);
}

async function closeSession(tx: AnyDb, wardId: string, counterId: string, now: Date): Promise<void> {
  const t = tablesOf<QueueTables>(tx);
  await t
    .updateTable('queue_counter_sessions')
    .set({ ended_at: now })
    .where('ward_id', '=', wardId)
    .where('counter_id', '=', counterId)
    .where('ended_at', 'is', null)
    .execute();
  await t
    .updateTable('queue_counters')
    .set({ staff_id: null, staff_name: null, signed_in_at: null })
    .where('ward_id', '=', wardId)
    .where('id', '=', counterId)
    .execute();
}
