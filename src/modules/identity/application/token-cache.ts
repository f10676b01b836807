/**
 * Bearer-token actors kept per process for up to a minute, so a kiosk's or a counter's request costs no
 * authentication query. Whatever can change what a token stands for (revoking a token or a device,
 * changing a member's roles or active flag) calls `identityChanged(tx)` inside its transaction: that
 * empties the caches of this process at once and NOTIFYs `identity_changes`, on which every process (this one
 * included) empties its own again after the commit — a request of this process that read the old row between
 * the two is forgotten then. Nothing is cached until the process listens, nor while its listening connection
 * is down; the time limit bounds what a missed notification could leave. Unknown tokens are never cached.
 */
import { sql } from 'kysely';
import type { Clock } from '../../../kernel/clock.ts';
import type { AnyDb, Database } from '../../../kernel/db.ts';
import { sha256 } from '../domain/secrets.ts';
import { type AuthenticatedActor, authenticateTokenHash } from './auth.ts';

export const IDENTITY_CHANNEL = 'identity_changes';

const caches = new Set<TokenCache>();

/** Call inside the transaction that revokes a token or device or changes a member's roles or status. */
export async function identityChanged(tx: AnyDb): Promise<void> {
  await sql`SELECT pg_notify(${IDENTITY_CHANNEL}, '')`.execute(tx);
  for (const cache of caches) cache.clear();
}

export interface TokenCacheOptions {
  /** How long an actor is trusted without asking the database (default 60 s). */
  ttlMs?: number;
  /** Most tokens kept; the oldest entry goes first (default 10,000). */
  maxEntries?: number;
}

interface Entry {
  actor: AuthenticatedActor;
  until: number;
}

export class TokenCache {
  private readonly entries = new Map<string, Entry>();
  private generation = 0;
  private listening = false;
  private unlisten: (() => Promise<void>) | undefined;
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly database: Database;
  private readonly clock: Clock;

  constructor(database: Database, clock: Clock, opts: TokenCacheOptions = {}) {
    this.database = database;
    this.clock = clock;
    this.ttlMs = opts.ttlMs ?? 60_000;
    this.maxEntries = opts.maxEntries ?? 10_000;
  }

  /** Starts listening for changes; caching begins once the listener is in place. */
  async start(): Promise<void> {
    caches.add(this);
    try {
      // While the listening connection is down a revocation elsewhere would go unseen: cache nothing then.
      this.unlisten = await this.database.listen(IDENTITY_CHANNEL, () => this.clear(), {
        lost: () => {
          this.listening = false;
          this.clear();
        },
        back: () => {
          this.clear();
          this.listening = true;
        },
      });
      this.listening = true;
    } catch {
      this.listening = false; // no cache without invalidation: every request asks the database
    }
  }

  async stop(): Promise<void> {
    caches.delete(this);
    this.listening = false;
    this.clear();
    await this.unlisten?.();
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  /** The actor of a bearer token: from the cache when fresh, else from the database (then cached). */
  async authenticate(db: AnyDb, token: string): Promise<AuthenticatedActor | undefined> {
    const hash = sha256(token);
    const now = this.clock.now().getTime();
    const hit = this.entries.get(hash);
    if (hit && hit.until > now && this.listening) return hit.actor;
    const generation = this.generation;
    const actor = await authenticateTokenHash(db, this.clock, hash);
    // A change announced while we were reading may not be in what we read: do not keep it then.
    if (actor && this.listening && generation === this.generation) {
      this.entries.delete(hash);
      if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
      this.entries.set(hash, { actor, until: now + this.ttlMs });
    }
    return actor;
  }
}
