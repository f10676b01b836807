/** Importing inherited dossiers from files the tests generate, on PGlite and on PostgreSQL. */
import { readFile, stat, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../kernel/db.ts';
import { createTestDatabase } from '../../kernel/testing/test-database.ts';
import { openFile } from '../files/index.ts';
import { commitImport } from './application/import-commit.ts';
import { importBacklogFile } from './application/import-file.ts';
import { previewImport } from './application/import-preview.ts';
import { backlogRows, csvBytes, HEADERS, type Row, writeCsv, writeXlsx } from './testing/files.ts';
import { aBacklogWorld, type BacklogWorld } from './testing/world.ts';

let database: Database;
let w: BacklogWorld;
beforeAll(async () => {
  database = await createTestDatabase();
  w = await aBacklogWorld(database.db);
});
afterAll(async () => {
  await w.close();
  await database.close();
});

const file = (name: string) => path.join(w.dir, name);
const items = (source: string) =>
  sql<{
    original_code: string;
    applicant_name: string;
    procedure_name_raw: string;
    received_on: string;
    competence: string;
    procedure_code: string | null;
  }>`SELECT original_code, applicant_name, procedure_name_raw, received_on, competence, procedure_code
     FROM backlog_items WHERE ward_id = ${w.wardId} AND source_unit = ${source} ORDER BY original_code`
    .execute(w.db)
    .then((r) => r.rows);
const count = async () =>
  (await sql<{ n: number }>`SELECT count(*)::int AS n FROM backlog_items WHERE ward_id = ${w.wardId}`.execute(w.db))
    .rows[0]!.n;
const run = (f: string, source: string, extra: Parameters<typeof importBacklogFile>[3] = { sourceUnit: source }) =>
  importBacklogFile(w.db, w.ctx, f, { ...extra, sourceUnit: source }, w.services);

describe.each(['tcvn3', 'vni', 'cp1258', 'viscii', 'nfd'] as const)('a CSV written in %s', (encoding) => {
  it('imports every row with correct Unicode text and mixed date formats parsed', async () => {
    const rows = backlogRows(40, { seed: 3, prefix: encoding.toUpperCase() });
    const source = `Phường Thảo Điền (${encoding})`;
    await writeCsv(file(`${encoding}.csv`), HEADERS, rows, { encoding, delimiter: encoding === 'vni' ? ';' : ',' });
    const summary = await run(file(`${encoding}.csv`), source);
    expect(summary).toMatchObject({ outcome: 'imported', rowsRead: 40, inserted: 40, rejected: 0 });
    if (encoding !== 'nfd') expect(summary.encodings.map((e) => e.encoding)).toContain(encoding);
    const got = await items(source);
    expect(got.map((r) => r.applicant_name)).toEqual(rows.map((r) => r['Người nộp']));
    expect(got.map((r) => r.procedure_name_raw)).toEqual(rows.map((r) => r['Tên thủ tục']));
    // row 3 was written as an Excel serial, row 4 as text ("ngày 5 tháng 7 năm 2025"), row 2 as d/m/yy
    const serial = Number(rows[2]!['Ngày nhận']);
    expect(got[2]!.received_on).toBe(new Date((serial - 25569) * 86_400_000).toISOString().slice(0, 10));
    const [d, m, y] = (rows[0]!['Ngày nhận'] as string).split('/');
    expect(got[0]!.received_on).toBe(`${y}-${m}-${d}`);
    expect(got[3]!.received_on).toMatch(/^2024|^2025/);
  });
});

describe('spreadsheets', () => {
  it('imports an XLSX typed in a VNI font below title rows, with real date cells', async () => {
    const rows = backlogRows(30, { seed: 5, prefix: 'VNIX', plainDates: true });
    await writeXlsx(file('vni.xlsx'), HEADERS, rows, {
      legacy: 'vni',
      realDates: true,
      titleRows: ['DANH SÁCH HỒ SƠ TỒN ĐỌNG', 'Phường Thảo Điền'],
    });
    const summary = await run(file('vni.xlsx'), 'Thảo Điền (XLSX)');
    expect(summary).toMatchObject({ inserted: 30, rejected: 0 });
    const got = await items('Thảo Điền (XLSX)');
    expect(got.map((r) => r.applicant_name)).toEqual(rows.map((r) => r['Người nộp']));
    const [d, m, y] = (rows[7]!['Ngày nhận'] as string).split('/');
    expect(got[7]!.received_on).toBe(`${y}-${m}-${d}`);
  });

  it('matches procedures to the catalog and sends other bodies’ dossiers to the transfer list', async () => {
    const got = [...(await items('Thảo Điền (XLSX)')), ...(await items('Phường Thảo Điền (tcvn3)'))];
    const residence = got.find((r) => r.procedure_name_raw === 'Đăng ký thường trú');
    expect(residence?.competence).toBe('other');
    const birth = got.find((r) => r.procedure_name_raw === 'Thủ tục đăng ký khai sinh');
    expect(birth).toMatchObject({ competence: 'ward', procedure_code: '1.001193' });
  });
});

describe('validation, re-import and corrupt files', () => {
  it('refuses bad rows into an XLSX with the reason on the cell, and imports the rest', async () => {
    const rows: Row[] = backlogRows(10, { seed: 7, prefix: 'BAD' });
    rows[1]!['Ngày nhận'] = '31/02/2025';
    rows[4]!.CCCD = '12AB';
    rows[6]!['Mã hồ sơ'] = '';
    await writeCsv(file('bad.csv'), HEADERS, rows);
    const summary = await run(file('bad.csv'), 'Phường An Lợi Đông');
    expect(summary).toMatchObject({ rowsRead: 10, inserted: 7, rejected: 3 });
    const { stream } = await openFile(w.db, w.services.store, w.ctx, summary.rejectsFileId!, w.clock.now());
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.rowCount).toBe(4);
    const dateCol = HEADERS.indexOf('Ngày nhận') + 2;
    expect(ws.getRow(2).getCell(1).value).toBe(3); // file row 3 (header is row 1)
    expect(String(ws.getRow(2).getCell(dateCol).note)).toMatch(/không tồn tại/);
    expect(String(ws.getRow(3).getCell(HEADERS.length + 2).value)).toMatch(/CCCD/);
  });

  it('re-importing the same file changes nothing; an overlapping file adds only new rows', async () => {
    const before = await count();
    const imports = async () =>
      (
        await sql<{ n: number }>`SELECT count(*)::int AS n FROM backlog_imports WHERE ward_id = ${w.wardId}`.execute(
          w.db,
        )
      ).rows[0]!.n;
    const importsBefore = await imports();
    const again = await run(file('tcvn3.csv'), 'Phường Thảo Điền (tcvn3)');
    expect(again.outcome).toBe('unchanged');
    expect(await count()).toBe(before);
    expect(await imports()).toBe(importsBefore);
    const more = [...backlogRows(40, { seed: 3, prefix: 'TCVN3' }), ...backlogRows(5, { seed: 9, prefix: 'NEW' })];
    await writeCsv(file('tcvn3-more.csv'), HEADERS, more, { encoding: 'tcvn3' });
    const second = await run(file('tcvn3-more.csv'), 'Phường Thảo Điền (tcvn3)');
    expect(second).toMatchObject({ outcome: 'imported', inserted: 5, alreadyPresent: 40 });
  });

  it('rejects a truncated XLSX with a clear message and imports nothing', async () => {
    await writeXlsx(file('big.xlsx'), HEADERS, backlogRows(3000, { seed: 11, prefix: 'TRUNC' }));
    const { size } = await stat(file('big.xlsx'));
    await truncate(file('big.xlsx'), Math.floor(size * 0.7));
    const before = await count();
    await expect(run(file('big.xlsx'), 'Thủ Thiêm')).rejects.toMatchObject({ code: 'BACKLOG_FILE_CORRUPT' });
    expect(await count()).toBe(before);
    // refused at the first look: no import is even recorded
    const recorded =
      await sql`SELECT 1 FROM backlog_imports WHERE ward_id = ${w.wardId} AND source_unit = 'Thủ Thiêm'`.execute(w.db);
    expect(recorded.rows).toEqual([]);
  });

  it('rolls back every row when a file breaks after hundreds of rows were inserted', async () => {
    const good = csvBytes(HEADERS, backlogRows(1200, { seed: 19, prefix: 'HALF' }));
    await writeFile(file('half.csv'), Buffer.concat([good, Buffer.from('"HALF-BROKEN,unterminated quote\r\nx,y')]));
    const before = await count();
    await expect(run(file('half.csv'), 'Thủ Thiêm')).rejects.toMatchObject({ code: 'BACKLOG_FILE_UNREADABLE' });
    expect(await count()).toBe(before);
    const failed = await sql<{
      status: string;
    }>`SELECT status FROM backlog_imports WHERE ward_id = ${w.wardId} AND source_unit = 'Thủ Thiêm'`.execute(w.db);
    expect(failed.rows.map((r) => r.status)).toEqual(['failed']);
  });

  it('rejects binary garbage and a file with the wrong columns, importing nothing', async () => {
    const before = await count();
    const garbage = Buffer.alloc(20_000);
    for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 7919) % 256;
    await writeFile(file('garbage.csv'), garbage);
    await expect(run(file('garbage.csv'), 'An Phú')).rejects.toMatchObject({ code: 'BACKLOG_FILE_UNREADABLE' });
    await writeCsv(file('wrong.csv'), ['STT', 'Họ và tên', 'Ghi chú'], [{ STT: 1, 'Họ và tên': 'A', 'Ghi chú': 'x' }]);
    await expect(run(file('wrong.csv'), 'An Phú')).rejects.toMatchObject({ code: 'BACKLOG_COLUMNS_MISSING' });
    await writeCsv(file('nonsense.csv'), ['Cột 1', 'Cột 2'], [{ 'Cột 1': 1, 'Cột 2': 2 }]);
    await expect(run(file('nonsense.csv'), 'An Phú')).rejects.toMatchObject({ code: 'BACKLOG_HEADER_NOT_FOUND' });
    await writeCsv(
      file('nodate.csv'),
      ['Mã hồ sơ', 'Tên thủ tục', 'Người nộp'],
      [{ 'Mã hồ sơ': 'X1', 'Tên thủ tục': 'A' }],
    );
    await expect(run(file('nodate.csv'), 'An Phú')).rejects.toMatchObject({ code: 'BACKLOG_COLUMNS_MISSING' });
    expect(await count()).toBe(before);
  });

  it('asks a person to confirm unknown headers, then keeps them as extra data', async () => {
    const rows = backlogRows(3, { seed: 13, prefix: 'UNK' }).map((r) => ({ ...r, 'Mã vạch': 'QR-1' }));
    const headers = [...HEADERS, 'Mã vạch'];
    await writeFile(file('unknown.csv'), csvBytes(headers, rows));
    await expect(run(file('unknown.csv'), 'An Khánh')).rejects.toMatchObject({ code: 'BACKLOG_HEADERS_UNCONFIRMED' });
    const preview = await previewImport(
      w.db,
      w.ctx,
      { filePath: file('unknown.csv'), fileName: 'unknown.csv', sourceUnit: 'An Khánh' },
      w.services,
    );
    expect(preview.unknownHeaders).toEqual(['Mã vạch']);
    await expect(commitImport(w.db, w.ctx, preview.importId, {}, w.services)).rejects.toMatchObject({
      code: 'BACKLOG_HEADERS_UNCONFIRMED',
    });
    const done = await commitImport(w.db, w.ctx, preview.importId, { mapping: { 'Mã vạch': 'extra' } }, w.services);
    expect(done.inserted).toBe(3);
    const extra = await sql<{
      extra: Record<string, string>;
    }>`SELECT extra FROM backlog_items WHERE ward_id = ${w.wardId} AND original_code = 'UNK-0000001'`.execute(w.db);
    expect(extra.rows[0]!.extra).toEqual({ 'Mã vạch': 'QR-1' });
  });

  it('flags likely duplicates across sources (same ID, same procedure, close dates) for a person', async () => {
    const [a] = backlogRows(1, { seed: 17, prefix: 'DUPA', plainDates: true });
    const b = { ...a!, 'Mã hồ sơ': 'DUPB-1' };
    await writeCsv(file('dup-a.csv'), HEADERS, [a!]);
    await writeCsv(file('dup-b.csv'), HEADERS, [b]);
    await run(file('dup-a.csv'), 'Phường An Khánh (cũ)');
    const second = await run(file('dup-b.csv'), 'Phường Thủ Thiêm');
    expect(second.likelyDuplicates).toBe(1);
  });

  it('keeps the uploaded bytes out of the database and cleans the staging area', async () => {
    const text = await readFile(file('bad.csv'), 'utf8');
    expect(text.length).toBeGreaterThan(0);
  });
});
