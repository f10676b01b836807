/**
 * Queue events over PostgreSQL NOTIFY, so every API process listening on the channel sees the same events.
 * They are sent after the business transaction commits, batched per process: a NOTIFY inside each ticket's
 * transaction would hold PostgreSQL's cluster-wide notify lock across that transaction's commit flush, and
 * so serialise every ticket of a city behind one another (measured: about one commit per fsync). An event is
 * lost only if the process dies between the commit and the send; boards then catch up with their next
 * snapshot. One LISTEN per process and database, shared by all SSE clients of all wards.
 */
import { sql } from 'kysely';
import { type AnyDb, type Database, databaseOf } from '../../../kernel/db.ts';

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

/** NOTIFY payloads must stay under 8,000 bytes: events are sent as JSON arrays of at most this size. */
const MAX_PAYLOAD = 7_000;

function payloadsOf(events: readonly QueueEvent[]): string[] {
  const out: string[] = [];
  let batch: string[] = [];
  let size = 2;
  for (const e of events) {
    const json = JSON.stringify(e);
    if (batch.length > 0 && size + json.length + 1 > MAX_PAYLOAD) {
      out.push(`[${batch.join(',')}]`);
      batch = [];
      size = 2;
    }
    batch.push(json);
    size += json.length + 1;
  }
  if (batch.length > 0) out.push(`[${batch.join(',')}]`);
  return out;
}

async function notifyIn(tx: AnyDb, events: readonly QueueEvent[]): Promise<void> {
  const payloads = payloadsOf(events);
  if (payloads.length === 0) return;
  await sql`SELECT ${sql.join(payloads.map((p) => sql`pg_notify(${QUEUE_CHANNEL}, ${p})`))}`.execute(tx);
}

/** Sends what was published meanwhile in one NOTIFY while the previous one is in flight. */
class Outbox {
  private readonly database: Database;
  private pending: QueueEvent[] = [];
  private draining: Promise<void> | null = null;

  constructor(database: Database) {
    this.database = database;
  }

  publish(events: readonly QueueEvent[]): void {
    this.pending.push(...events);
    this.draining ??= this.drain();
  }

  private async drain(): Promise<void> {
    try {
      while (this.pending.length > 0) {
        const batch = this.pending;
        this.pending = [];
        await this.database.notify(QUEUE_CHANNEL, payloadsOf(batch)).catch(() => {
          /* the database is away: boards catch up with the snapshot they get when they reconnect */
        });
      }
    } finally {
      this.draining = null;
    }
  }
}

const outboxes = new WeakMap<Database, Outbox>();

/**
 * Sends queue events after the caller's commit. `db` is what the command was given: the database's root
 * query builder (the usual case) sends through the process's batching outbox on its own connection; inside
 * a caller's transaction the events are NOTIFYed in it, to be delivered if it commits.
 */
export async function emitQueueEvents(db: AnyDb, events: readonly QueueEvent[]): Promise<void> {
  if (events.length === 0) return;
  const database = db.isTransaction ? undefined : databaseOf(db);
  if (!database) return notifyIn(db, events);
  let outbox = outboxes.get(database);
  if (!outbox) {
    outbox = new Outbox(database);
    outboxes.set(database, outbox);
  }
  outbox.publish(events);
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
    let events: QueueEvent[];
    try {
      const parsed = JSON.parse(payload) as QueueEvent | QueueEvent[];
      events = Array.isArray(parsed) ? parsed : [parsed];
    } catch {
      return;
    }
    for (const event of events)
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
      // Back after a lost connection: events may have been missed, so every ward gets a change (boards refresh).
      const resync = () => {
        const at = new Date().toISOString();
        for (const wardId of byWard.keys()) dispatch(JSON.stringify({ type: 'change', wardId, at }));
      };
      listening ??= database.listen(QUEUE_CHANNEL, dispatch, { back: resync });
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
