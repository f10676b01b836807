/**
 * One database handle over two engines: embedded PGlite (default, persisted in DATA_DIR/pglite) and a
 * PostgreSQL server (DATABASE_URL). The same SQL runs on both; type parsers make them return the same
 * JavaScript values (int8/numeric → number, date → 'YYYY-MM-DD' string).
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect, type Transaction } from 'kysely';
import pg from 'pg';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.ts';

export type Engine = 'pglite' | 'postgres';

/** Module code types its own tables with `tablesOf<MyTables>(db)`; the kernel stays schema-agnostic. */
// biome-ignore lint/suspicious/noExplicitAny: the kernel does not know module schemas
export type AnyDb = Kysely<any> | Transaction<any>;

export function tablesOf<T>(db: AnyDb): Kysely<T> {
  return db as unknown as Kysely<T>;
}

export interface Database {
  // biome-ignore lint/suspicious/noExplicitAny: see AnyDb
  readonly db: Kysely<any>;
  readonly engine: Engine;
  /** Runs a multi-statement SQL script and then `after` inside one transaction (migrations, restore). */
  runScript(script: string, after?: { sql: string; params: unknown[] }): Promise<void>;
  /**
   * Subscribe to a NOTIFY channel; returns an unsubscribe function. On a server the listening connection is
   * reopened when lost: `link.lost` runs when it drops (notifications may be missed from then on) and
   * `link.back` once it listens again.
   */
  listen(
    channel: string,
    onPayload: (payload: string) => void,
    link?: { lost?(): void; back?(): void },
  ): Promise<() => Promise<void>>;
  /** NOTIFY each payload on `channel` at once, outside any transaction, without waiting for a pool connection. */
  notify(channel: string, payloads: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;
const toNumber = (v: string) => Number(v);
const asText = (v: string) => v;

export interface OpenOptions {
  /** A PostgreSQL connection string; when absent the embedded engine is used. */
  databaseUrl?: string | undefined;
  /** Where PGlite keeps its files (DATA_DIR); ignored for a server. */
  dataDir: string;
  /** Pool size for a server. */
  poolSize?: number;
  /** Server only: name hot statements (default true; false behind a pooler that cannot keep them, e.g. PgBouncer < 1.21 in transaction mode). */
  prepare?: boolean;
  /** PGlite only: hold the data directory lock (default true). */
  lock?: boolean;
  /** PGlite only: keep everything in memory (tests). */
  inMemory?: boolean;
}

/**
 * Named prepared statements for the hot queries on a server: a parameterised statement run a third time is
 * given a name, so each connection parses it once and PostgreSQL may keep a generic plan (parse and plan were
 * about 70 % of a queue statement's server time). At most `MAX_PREPARED` texts are named per process, so a
 * connection never holds more than that many; the rest run unnamed as before.
 */
const MAX_PREPARED = 200;
const seenTexts = new Map<string, number>();
const statementNames = new Map<string, string>();

function statementName(text: string): string | undefined {
  const name = statementNames.get(text);
  if (name || statementNames.size >= MAX_PREPARED) return name;
  const seen = (seenTexts.get(text) ?? 0) + 1;
  if (seen < 3) {
    if (seenTexts.size >= 10 * MAX_PREPARED) seenTexts.clear(); // one-off texts must not crowd out hot ones
    seenTexts.set(text, seen);
    return undefined;
  }
  seenTexts.delete(text);
  const named = `mc_${statementNames.size + 1}`;
  statementNames.set(text, named);
  return named;
}

/**
 * A migration run while servers serve can change a table under a statement a connection has prepared; PostgreSQL
 * then refuses it ("cached plan must not change result type", 0A000) until it is deallocated. The connection
 * forgets it, runs the query unnamed (or, inside a transaction, lets it fail: the transaction is aborted) and
 * deallocates it before naming it again.
 */
const STALE_PLAN = '0A000';

function prepareHotStatements(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => Promise<unknown>;
  const parsed = (client as unknown as { connection: { parsedStatements: Record<string, string> } }).connection
    .parsedStatements;
  const idle = () => (client as unknown as { getTransactionStatus(): string | null }).getTransactionStatus() === 'I';
  const stale = new Set<string>();
  Object.assign(client, {
    query: (...args: unknown[]) => {
      const [text, values] = args;
      if (typeof text !== 'string' || !Array.isArray(values) || values.length === 0 || args.length !== 2)
        return query(...args);
      const name = statementName(text);
      if (!name) return query(text, values);
      if (stale.has(name)) {
        if (!idle()) return query(text, values);
        return query(`DEALLOCATE ${name}`).then(() => {
          stale.delete(name);
          return query({ name, text, values });
        });
      }
      return query({ name, text, values }).catch((e: { code?: string }) => {
        if (e?.code !== STALE_PLAN) throw e;
        delete parsed[name];
        stale.add(name);
        if (!idle()) throw e;
        return query(text, values);
      });
    },
  });
}

const known = new WeakMap<object, Database>();

/** The Database whose root query builder `db` is (undefined for a transaction or a single connection). */
export function databaseOf(db: AnyDb): Database | undefined {
  return known.get(db);
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, options.poolSize ?? 10, options.prepare ?? true)
    : openPglite(options);
}

async function openPostgres(connectionString: string, max: number, prepare: boolean): Promise<Database> {
  const types = {
    getTypeParser: (oid: number, format?: 'text' | 'binary') => {
      if (oid === INT8 || oid === NUMERIC) return toNumber;
      if (oid === DATE) return asText;
      return pg.types.getTypeParser(oid, format);
    },
  };
  const pool = new pg.Pool({ connectionString, max, types: types as pg.CustomTypesConfig });
  pool.on('error', () => {
    /* idle client errors surface on the next query */
  });
  if (prepare) pool.on('connect', (client) => prepareHotStatements(client));
  const db = new Kysely({ dialect: new PostgresDialect({ pool }) });
  // LISTEN and NOTIFY use their own connections, outside the pool: they never wait behind the requests' queries
  // nor take a pool connection away from them.
  const side = async () => {
    const client = new pg.Client({ connectionString, types: types as pg.CustomTypesConfig });
    client.on('error', () => {
      /* a lost side connection fails its next query, which opens a new one */
    });
    await client.connect();
    return client;
  };
  const listeners = new Map<string, () => Promise<void>>();
  let notifier: Promise<pg.Client> | undefined;
  let closed = false;
  const database: Database = {
    db,
    engine: 'postgres',
    async runScript(script, after) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(script);
        if (after) await client.query(after.sql, after.params);
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    async listen(channel, onPayload, link) {
      const key = `${channel}:${Math.random()}`;
      let current: pg.Client | undefined;
      let stopped = false;
      const open = async () => {
        const client = await side();
        client.on('notification', (msg) => {
          if (msg.channel === channel) onPayload(msg.payload ?? '');
        });
        client.on('error', () => lost(client));
        client.on('end', () => lost(client));
        try {
          await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
        } catch (e) {
          await client.end().catch(() => undefined);
          throw e;
        }
        current = client;
      };
      const retry = (ms: number) =>
        setTimeout(async () => {
          if (stopped || closed) return;
          try {
            await open();
            link?.back?.();
          } catch {
            retry(Math.min(ms * 2, 30_000));
          }
        }, ms).unref();
      const lost = (client: pg.Client) => {
        if (stopped || closed || current !== client) return;
        current = undefined;
        void client.end().catch(() => undefined);
        link?.lost?.();
        retry(500);
      };
      await open();
      const stop = async () => {
        if (stopped) return;
        stopped = true;
        listeners.delete(key);
        const client = current;
        current = undefined;
        if (!client) return;
        await client.query(`UNLISTEN ${pg.escapeIdentifier(channel)}`).catch(() => undefined);
        await client.end().catch(() => undefined);
      };
      listeners.set(key, stop);
      return stop;
    },
    async notify(channel, payloads) {
      if (payloads.length === 0 || closed) return;
      notifier ??= side();
      const opening = notifier;
      let client: pg.Client;
      try {
        client = await opening;
      } catch (e) {
        if (notifier === opening) notifier = undefined;
        throw e;
      }
      const calls = payloads.map((_, i) => `pg_notify($1, $${i + 2})`).join(', ');
      try {
        await client.query(`SELECT ${calls}`, [channel, ...payloads]);
      } catch (e) {
        if (notifier === opening) notifier = undefined;
        await client.end().catch(() => undefined);
        throw e;
      }
    },
    async close() {
      closed = true;
      const stops = [...listeners.values()];
      const sender = notifier;
      notifier = undefined;
      await Promise.all(stops.map((stop) => stop()));
      if (sender) await (await sender.catch(() => undefined))?.end().catch(() => undefined);
      await db.destroy();
    },
  };
  known.set(db, database);
  return database;
}

async function openPglite(options: OpenOptions): Promise<Database> {
  let dir: string | undefined;
  let lock: DataDirLock | undefined;
  if (!options.inMemory) {
    dir = path.resolve(options.dataDir, 'pglite');
    await mkdir(dir, { recursive: true });
    if (options.lock !== false) lock = await acquireDataDirLock(options.dataDir);
  }
  try {
    const pglite = await PGlite.create(dir, { parsers: { [INT8]: toNumber, [NUMERIC]: toNumber, [DATE]: asText } });
    const db = new Kysely({ dialect: new PGliteDialect({ pglite }) });
    const database: Database = {
      db,
      engine: 'pglite',
      async runScript(script, after) {
        await pglite.transaction(async (tx) => {
          await tx.exec(script);
          if (after) await tx.query(after.sql, after.params);
        });
      },
      async listen(channel, onPayload) {
        const unsub = await pglite.listen(channel, onPayload);
        return async () => unsub();
      },
      async notify(channel, payloads) {
        for (const payload of payloads) await pglite.query('SELECT pg_notify($1, $2)', [channel, payload]);
      },
      async close() {
        await db.destroy().catch(() => undefined);
        if (!pglite.closed) await pglite.close();
        await lock?.release();
      },
    };
    known.set(db, database);
    return database;
  } catch (e) {
    await lock?.release();
    throw e;
  }
}

/** Runs `work` in a transaction: everything or nothing. Nested calls reuse the outer transaction. */
export async function inTransaction<T>(db: AnyDb, work: (tx: AnyDb) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db);
  return (db as Kysely<unknown>).transaction().execute((tx) => work(tx));
}

/**
 * Runs `work` on one pooled connection without a transaction (several statements, one pool checkout: under
 * load each checkout may wait for a free connection). Inside a transaction, runs on it.
 */
export async function onOneConnection<T>(db: AnyDb, work: (conn: AnyDb) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db);
  return (db as Kysely<unknown>).connection().execute((conn) => work(conn));
}
