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
});
