import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupDatabase, restoreDatabase } from '../kernel/backup.ts';
import type { Database } from '../kernel/db.ts';
import { createTestDatabase } from '../kernel/testing/test-database.ts';
import { seedDemoWard } from '../modules/identity/index.ts';
import { aStaff, aTokenFor, aWard } from '../modules/identity/testing/builders.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'motcua-backup-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function everyRow(database: Database): Promise<Record<string, string[]>> {
  const tables = (
    await sql<{
      t: string;
    }>`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migrations' ORDER BY 1`.execute(
      database.db,
    )
  ).rows;
  const out: Record<string, string[]> = {};
  for (const { t } of tables) {
    const rows = await sql<{ j: string }>`SELECT row_to_json(x)::text AS j FROM ${sql.table(t)} x`.execute(database.db);
    out[t] = rows.rows.map((r) => r.j).sort();
  }
  return out;
}

describe('backup and restore', () => {
  it('gives back every row in an empty database', async () => {
    const source = await createTestDatabase();
    const target = await createTestDatabase();
    try {
      await seedDemoWard(source.db, { demoPassword: 'a-demo-password' });
      const w = await aWard(source.db, { name: 'Phường Có Dấu – “ngoặc” \\ và \n dòng mới' });
      await aStaff(source.db, w.id, { roles: ['leader', 'clerk'] });
      await aTokenFor(source.db, w.id, 'display');
      const file = path.join(dir, 'backup.jsonl.gz');
      const header = await backupDatabase(source, file);
      expect(header.tables.find((x) => x.name === 'staff')?.rows).toBe(9);
      await restoreDatabase(target, file);
      const [a, b] = [await everyRow(source), await everyRow(target)];
      expect(Object.keys(b)).toEqual(Object.keys(a));
      expect(b).toEqual(a);
      expect(a.audit_log?.length).toBeGreaterThan(0);
      // a second restore into the now non-empty database is refused, nothing changes
      await expect(restoreDatabase(target, file)).rejects.toMatchObject({ code: 'RESTORE_TARGET_NOT_EMPTY' });
      expect(await everyRow(target)).toEqual(a);
    } finally {
      await source.close();
      await target.close();
    }
  });

  it('rejects a broken file whole', async () => {
    const target = await createTestDatabase();
    try {
      const bad = path.join(dir, 'bad.gz');
      await writeFile(bad, 'not gzip at all');
      await expect(restoreDatabase(target, bad)).rejects.toMatchObject({ code: 'BACKUP_FILE_INVALID' });
      const truncated = path.join(dir, 'truncated.gz');
      const header = {
        format: 'motcua-backup',
        version: 1,
        engine: 'x',
        createdAt: '',
        migrations: [],
        tables: [{ name: 'wards', rows: 2 }],
      };
      const row = {
        t: 'wards',
        r: {
          id: '00000000-0000-4000-8000-000000000001',
          code: 'aa',
          name: 'A',
          name_en: 'A',
          agency_eid: 'e',
          province: 'p',
          address: 'a',
          time_zone: 'Asia/Ho_Chi_Minh',
          created_at: '2026-01-01T00:00:00Z',
          updated_at: '2026-01-01T00:00:00Z',
          version: 1,
        },
      };
      await writeFile(truncated, gzipSync(`${JSON.stringify(header)}\n${JSON.stringify(row)}\n`));
      await expect(restoreDatabase(target, truncated)).rejects.toMatchObject({ code: 'BACKUP_FILE_INVALID' });
      const count = await sql<{ n: number }>`SELECT count(*)::int AS n FROM wards`.execute(target.db);
      expect(count.rows[0]?.n).toBe(0);
    } finally {
      await target.close();
    }
  });
});
