/**
 * Queue events over PostgreSQL NOTIFY: written inside the business transaction (delivered only if it
 * commits), so every API process listening on the channel sees the same events. One LISTEN per process
 * and database, shared by all SSE clients of all wards (a pool connection is precious).
 */
import { sql } from 'kysely';
import type { AnyDb, Database } from '../../../kernel/db.ts';

export const QUEUE_CHANNEL = 'queue_events';

export type QueueEvent =
  | {
      type: 'call';
      wardId: string;
      ticketNumber: string;
      group: string;
      counterNumber: number;
      recall: boolean;
      at: string;
    }
  | { type: 'change'; wardId: string; at: string };

export async function notifyQueue(tx: AnyDb, event: QueueEvent): Promise<void> {
  await sql`SELECT pg_notify(${QUEUE_CHANNEL}, ${JSON.stringify(event)})`.execute(tx);
}

type Listener = (event: QueueEvent) => void;

export interface QueueEventHub {
  /** Calls `listener` for every event of `wardId`; resolves once listening; returns the unsubscribe. */
  subscribe(wardId: string, listener: Listener): Promise<() => Promise<void>>;
  readonly subscriberCount: number;
}

const hubs = new WeakMap<Database, QueueEventHub>();

export function queueEventHub(database: Database): QueueEventHub {
  let hub = hubs.get(database);
  if (!hub) {
    hub = createHub(database);
    hubs.set(database, hub);
  }
  return hub;
}

function createHub(database: Database): QueueEventHub {
  const byWard = new Map<string, Set<Listener>>();
  let count = 0;
  let listening: Promise<() => Promise<void>> | null = null;
  const dispatch = (payload: string) => {
    let event: QueueEvent;
    try {
      event = JSON.parse(payload) as QueueEvent;
    } catch {
      return;
    }
    for (const listener of byWard.get(event.wardId) ?? []) {
      try {
        listener(event);
      } catch {
        /* one broken client must not stop the others */
      }
    }
  };
  return {
    get subscriberCount() {
      return count;
    },
    async subscribe(wardId, listener) {
      const set = byWard.get(wardId) ?? new Set<Listener>();
      byWard.set(wardId, set);
      set.add(listener);
      count++;
      listening ??= database.listen(QUEUE_CHANNEL, dispatch);
      try {
        await listening;
      } catch (e) {
        listening = null;
        set.delete(listener);
        count--;
        throw e;
      }
      let done = false;
      return async () => {
        if (done) return;
        done = true;
        set.delete(listener);
        if (set.size === 0) byWard.delete(wardId);
        count--;
        if (count === 0 && listening) {
          const stop = listening;
          listening = null;
          await (await stop)();
        }
      };
    },
  };
}
