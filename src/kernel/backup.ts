/**
 * Logical backup and restore that work on both engines (and across them): a gzipped JSON-lines file with a
 * header (format, migrations, row counts) and one line per row, produced with row_to_json and restored with
 * json_populate_recordset, so every PostgreSQL type round-trips exactly. A restore goes into an empty,
 * migrated database, in one transaction, tables in foreign-key order: all rows or none.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { sql } from 'kysely';
import { type AnyDb, type Database, inTransaction } from './db.ts';
import { type ErrorCatalog, errorsOf } from './errors.ts';
import { migrate } from './migrations.ts';

export const BACKUP_ERRORS = {
  BACKUP_FILE_INVALID: { kind: 'invalid', vi: 'Tệp sao lưu không hợp lệ.', en: 'The backup file is invalid.' },
  BACKUP_NEWER_THAN_CODE: {
    kind: 'rule',
    vi: 'Bản sao lưu được tạo bởi phiên bản mới hơn; hãy nâng cấp phần mềm trước.',
    en: 'The backup comes from a newer version; upgrade the software first.',
  },
  RESTORE_TARGET_NOT_EMPTY: {
    kind: 'conflict',
    vi: 'Cơ sở dữ liệu đích đã có dữ liệu; chỉ khôi phục vào cơ sở dữ liệu trống.',
    en: 'The target database is not empty; restore only into an empty database.',
  },
} as const satisfies ErrorCatalog;
const fail = errorsOf(BACKUP_ERRORS);

const FORMAT = 'motcua-backup';
const PAGE = 2000;

interface Header {
  format: typeof FORMAT;
  version: 1;
  engine: string;
  createdAt: string;
  migrations: string[];
  tables: Array<{ name: string; rows: number }>;
}

/** Tables of the public schema, parents before children. */
async function tablesInDependencyOrder(db: AnyDb): Promise<string[]> {
  const tables = (
    await sql<{
      name: string;
    }>`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`.execute(db)
  ).rows.map((r) => r.name);
  const deps = (
    await sql<{ child: string; parent: string }>`
      SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
      FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE c.contype = 'f' AND n.nspname = 'public'`.execute(db)
  ).rows;
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (t: string) => {
    if (ordered.includes(t) || visiting.has(t)) return;
    visiting.add(t);
    for (const d of deps) if (d.child === t && d.parent !== t) visit(d.parent.replace(/"/g, ''));
    ordered.push(t);
  };
  for (const t of tables) visit(t);
  return ordered.filter((t) => t !== 'schema_migrations');
}

async function orderColumns(db: AnyDb, table: string): Promise<string> {
  const rows = (
    await sql<{ col: string }>`
      SELECT a.attname AS col FROM pg_index i
      JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
      WHERE i.indrelid = ${table}::regclass AND i.indisprimary ORDER BY array_position(i.indkey, a.attnum)`.execute(db)
  ).rows;
  return rows.length ? rows.map((r) => `"${r.col}"`).join(', ') : 'ctid';
}

export async function backupDatabase(database: Database, outFile: string): Promise<Header> {
  const db = database.db;
  const tables = await tablesInDependencyOrder(db);
  const migrations = (
    await sql<{ name: string }>`SELECT name FROM schema_migrations ORDER BY name`.execute(db)
  ).rows.map((r) => r.name);
  const counts: Header['tables'] = [];
  for (const name of tables) {
    const c = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(name)}`.execute(db);
    counts.push({ name, rows: c.rows[0]?.n ?? 0 });
  }
  const header: Header = {
    format: FORMAT,
    version: 1,
    engine: database.engine,
    createdAt: new Date().toISOString(),
    migrations,
    tables: counts,
  };
  async function* lines() {
    yield `${JSON.stringify(header)}\n`;
    for (const name of tables) {
      const order = await orderColumns(db, name);
      for (let offset = 0; ; offset += PAGE) {
        const page = await sql<{
          j: string;
        }>`SELECT row_to_json(t)::text AS j FROM ${sql.table(name)} t ORDER BY ${sql.raw(order)} LIMIT ${PAGE} OFFSET ${offset}`.execute(
          db,
        );
        for (const r of page.rows) yield `{"t":${JSON.stringify(name)},"r":${r.j}}\n`;
        if (page.rows.length < PAGE) break;
      }
    }
  }
  await pipeline(Readable.from(lines()), createGzip(), createWriteStream(outFile));
  return header;
}

export async function restoreDatabase(database: Database, fromFile: string): Promise<{ tables: Header['tables'] }> {
  const input = createInterface({
    input: createReadStream(fromFile).pipe(createGunzip()),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  const iterator = input[Symbol.asyncIterator]();
  let header: Header;
  try {
    const first = await iterator.next();
    header = JSON.parse(first.value ?? '') as Header;
  } catch {
    throw fail('BACKUP_FILE_INVALID', { reason: 'not a gzipped motcua backup' });
  }
  if (header?.format !== FORMAT || header.version !== 1)
    throw fail('BACKUP_FILE_INVALID', { reason: 'unknown format' });
  await migrate(database);
  const known = new Set(
    (await sql<{ name: string }>`SELECT name FROM schema_migrations`.execute(database.db)).rows.map((r) => r.name),
  );
  const unknown = header.migrations.filter((m) => !known.has(m));
  if (unknown.length) throw fail('BACKUP_NEWER_THAN_CODE', { unknownMigrations: unknown });

  const restored = new Map<string, number>();
  await inTransaction(database.db, async (tx) => {
    const tables = await tablesInDependencyOrder(tx);
    for (const t of tables) {
      const c = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(t)}`.execute(tx);
      if ((c.rows[0]?.n ?? 0) > 0) throw fail('RESTORE_TARGET_NOT_EMPTY', { table: t });
    }
    let batchTable = '';
    let batch: unknown[] = [];
    const flush = async () => {
      if (!batch.length) return;
      await sql`INSERT INTO ${sql.table(batchTable)} SELECT * FROM json_populate_recordset(null::${sql.table(batchTable)}, ${JSON.stringify(batch)}::json)`.execute(
        tx,
      );
      restored.set(batchTable, (restored.get(batchTable) ?? 0) + batch.length);
      batch = [];
    };
    for (let line = 2; ; line++) {
      const next = await iterator.next();
      if (next.done) break;
      if (!next.value.trim()) continue;
      let parsed: { t: string; r: unknown };
      try {
        parsed = JSON.parse(next.value);
      } catch {
        throw fail('BACKUP_FILE_INVALID', { line, reason: 'malformed JSON' });
      }
      if (!tables.includes(parsed.t)) throw fail('BACKUP_FILE_INVALID', { line, reason: `unknown table ${parsed.t}` });
      if (parsed.t !== batchTable || batch.length >= 500) {
        await flush();
        batchTable = parsed.t;
      }
      batch.push(parsed.r);
    }
    await flush();
    for (const t of header.tables) {
      if ((restored.get(t.name) ?? 0) !== t.rows)
        throw fail('BACKUP_FILE_INVALID', { table: t.name, expected: t.rows, found: restored.get(t.name) ?? 0 });
    }
  });
  return { tables: header.tables };
}
