/** Locking a counter and checking that the actor may act on it. */
import type { Selectable } from 'kysely';
import type { Actor } from '../../../kernel/actor.ts';
import { type AnyDb, tablesOf } from '../../../kernel/db.ts';
import type { QueueTables } from '../infra/tables.ts';
import { queueError } from '../queue.errors.ts';
import { isManager } from './settings.ts';

export type CounterRow = Selectable<QueueTables['queue_counters']>;

export async function lockCounter(tx: AnyDb, wardId: string, id: string): Promise<CounterRow> {
  const row = await tablesOf<QueueTables>(tx)
    .selectFrom('queue_counters')
    .selectAll()
    .where('ward_id', '=', wardId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw queueError('QUEUE_COUNTER_NOT_FOUND');
  return row;
}

/** A receiver acts on the counter they are signed in to; directors and administrators on any counter. */
export function ensureMayActAt(actor: Actor, counter: Pick<CounterRow, 'staff_id' | 'number'>): void {
  if (isManager(actor)) return;
  if (counter.staff_id === null || counter.staff_id !== actor.id)
    throw queueError('QUEUE_NOT_SIGNED_IN', { counterNumber: counter.number });
}

export async function findCounterOfStaff(db: AnyDb, wardId: string, staffId: string | null) {
  if (!staffId) return undefined;
  return tablesOf<QueueTables>(db)
    .selectFrom('queue_counters')
    .selectAll()
    .where('ward_id', '=', wardId)
    .where('staff_id', '=', staffId)
    .executeTakeFirst();
}

/** The counter still holds a ticket that is called or being served. */
export function ensureCounterFree(counter: Pick<CounterRow, 'current_ticket_id' | 'number'>): void {
  if (counter.current_ticket_id !== null)
    throw queueError('QUEUE_COUNTER_BUSY', { counterNumber: counter.number, ticketId: counter.current_ticket_id });
}

export function ensureCounterActive(counter: Pick<CounterRow, 'active' | 'number'>): void {
  if (!counter.active) throw queueError('QUEUE_COUNTER_INACTIVE', { counterNumber: counter.number });
}
