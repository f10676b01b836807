/** The database layer: hot statements become named prepared statements on a server; both engines answer alike. */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './db.ts';
import { createTestDatabase } from './testing/test-database.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('database', () => {
  it('runs a parameterised statement prepared once it is hot, with the same answers', async () => {
    const text = `SELECT $1::int + 1 AS n /* ${crypto.randomUUID()} */`;
    const answers = await database.db.connection().execute(async (conn) => {
      const out: number[] = [];
      for (let i = 0; i < 6; i++) {
        const r = await conn.executeQuery<{ n: number }>({
          sql: text,
          parameters: [i],
          query: { kind: 'RawNode' },
        } as never);
        out.push(r.rows[0]?.n ?? -1);
      }
      if (database.engine === 'postgres') {
        const prepared = await sql<{
          n: number;
        }>`SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement = ${text}`.execute(conn);
        expect(prepared.rows[0]?.n).toBe(1);
      }
      return out;
    });
    expect(answers).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('answers a prepared statement after a migration changed its table while serving', async () => {
    const table = `t_${crypto.randomUUID().replaceAll('-', '')}`;
    await sql`CREATE TABLE ${sql.table(table)} (a int)`.execute(database.db);
    await sql`INSERT INTO ${sql.table(table)} VALUES (1)`.execute(database.db);
    const text = `SELECT * FROM ${table} WHERE a = $1`;
    const run = (conn: typeof database.db) =>
      conn.executeQuery<Record<string, number>>({ sql: text, parameters: [1], query: { kind: 'RawNode' } } as never);
    await database.db.connection().execute(async (conn) => {
      for (let i = 0; i < 4; i++) expect((await run(conn)).rows).toEqual([{ a: 1 }]);
      await sql`ALTER TABLE ${sql.table(table)} ADD COLUMN b int DEFAULT 2`.execute(conn);
      expect((await run(conn)).rows).toEqual([{ a: 1, b: 2 }]);
      expect((await run(conn)).rows).toEqual([{ a: 1, b: 2 }]);
      await sql`ALTER TABLE ${sql.table(table)} ADD COLUMN c int DEFAULT 3`.execute(conn);
      // On a server, inside a transaction the stale statement fails once (the transaction is aborted), then works.
      const first = await conn
        .transaction()
        .execute((tx) => run(tx))
        .then(
          () => 'answered',
          () => 'refused',
        );
      expect(first).toBe(database.engine === 'postgres' ? 'refused' : 'answered');
      expect((await conn.transaction().execute((tx) => run(tx))).rows).toEqual([{ a: 1, b: 2, c: 3 }]);
      expect((await run(conn)).rows).toEqual([{ a: 1, b: 2, c: 3 }]);
    });
  });

  it('listens again after its connection is lost, and says so', async () => {
    const channel = `ch_${crypto.randomUUID().replaceAll('-', '')}`;
    const got: string[] = [];
    const events: string[] = [];
    const stop = await database.listen(channel, (p) => got.push(p), {
      lost: () => events.push('lost'),
      back: () => events.push('back'),
    });
    const until = async (check: () => boolean) => {
      for (let i = 0; i < 300 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
    };
    await database.notify(channel, ['one']);
    await until(() => got.length === 1);
    if (database.engine === 'postgres') {
      await sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND query = ${`LISTEN "${channel}"`}`.execute(database.db);
      await until(() => events.includes('back'));
      expect(events).toEqual(['lost', 'back']);
    }
    await database.notify(channel, ['two']);
    await until(() => got.length === 2);
    expect(got).toEqual(['one', 'two']);
    await stop();
  });
});
