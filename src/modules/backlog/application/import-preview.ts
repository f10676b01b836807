/**
 * Step 1 of an import: a first look at the file. Finds the header row among the top rows (title rows above it
 * are common), proposes the column mapping from the header aliases, detects each column's legacy encoding on a
 * sample with a before/after example, and records the import as awaiting confirmation. The same file from the
 * same source, already imported, is recognised by its checksum and nothing new is recorded.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { RequestContext } from '../../../kernel/actor.ts';
import { type AnyDb, tablesOf } from '../../../kernel/db.ts';
import { backlogError } from '../backlog.errors.ts';
import { ImportPreview } from '../contracts.ts';
import { headerScore, proposeMapping } from '../domain/columns.ts';
import { convertCell, detectEncoding, ENCODINGS } from '../domain/encodings/detect.ts';
import { cellText } from '../domain/repair.ts';
import { type FileFormat, readRows, type SourceRow, sniffFormat } from '../infra/row-source.ts';
import type { BacklogTables } from '../infra/tables.ts';
import type { BacklogServices } from './support.ts';

const HEADER_SCAN = 10;
const SAMPLE_ROWS = 200;

export async function sha256OfFile(filePath: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(filePath)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export interface HeadOfFile {
  headerRow: number;
  headers: string[];
  sample: SourceRow[];
}

/** The header row (most known headers among the first rows) and a sample of the data rows after it. */
export async function readHead(filePath: string, format: FileFormat): Promise<HeadOfFile> {
  const rows: SourceRow[] = [];
  for await (const row of readRows(filePath, format)) {
    rows.push(row);
    if (rows.length >= HEADER_SCAN + SAMPLE_ROWS) break;
  }
  let best: { at: number; score: number; headers: string[] } | undefined;
  rows.slice(0, HEADER_SCAN).forEach((row, at) => {
    const decoded = headerCandidates(row.cells.map((c) => cellText(c)));
    if (decoded.score >= 2 && (!best || decoded.score > best.score)) best = { at, ...decoded };
  });
  if (!best) throw backlogError('BACKLOG_HEADER_NOT_FOUND', { rowsScanned: Math.min(rows.length, HEADER_SCAN) });
  const header = rows[best.at]!;
  return {
    headerRow: header.number,
    headers: best.headers,
    sample: rows.slice(best.at + 1, best.at + 1 + SAMPLE_ROWS),
  };
}

/** A header row is written in one encoding: the decoding that recognises the most headers wins. */
function headerCandidates(cells: string[]): { score: number; headers: string[] } {
  let best = {
    score: headerScore(cells.map((c) => c.normalize('NFC'))),
    headers: cells.map((c) => c.normalize('NFC')),
  };
  for (const encoding of ENCODINGS) {
    if (encoding === 'unicode' || encoding === 'nfd') continue;
    const headers = cells.map((c) => convertCell(c, encoding));
    const score = headerScore(headers);
    if (score > best.score) best = { score, headers };
  }
  return best;
}

export function encodingsOf(head: HeadOfFile) {
  return head.headers.map((header, index) => {
    const detection = detectEncoding(head.sample.map((r) => cellText(r.cells[index])));
    return { header, index, encoding: detection.encoding, example: detection.example ?? null };
  });
}

export async function previewImport(
  db: AnyDb,
  ctx: RequestContext,
  input: { filePath: string; fileName: string; sourceUnit: string; staged?: boolean },
  services: Pick<BacklogServices, 'clock' | 'workDir'>,
): Promise<ImportPreview> {
  const wardId = ctx.actor.wardId;
  const sourceUnit = input.sourceUnit.trim();
  const { format } = await sniffFormat(input.filePath, input.fileName);
  const sha = await sha256OfFile(input.filePath);
  const t = tablesOf<BacklogTables>(db);
  const done = await t
    .selectFrom('backlog_imports')
    .select('preview')
    .where('ward_id', '=', wardId)
    .where('source_unit', '=', sourceUnit)
    .where('file_sha256', '=', sha)
    .where('status', '=', 'committed')
    .executeTakeFirst();
  if (done) return ImportPreview.parse({ ...(done.preview as object), status: 'committed' });

  const head = await readHead(input.filePath, format);
  const proposed = proposeMapping(head.headers);
  const encodings = encodingsOf(head);
  const byIndex = new Map(encodings.map((e) => [e.index, e.encoding]));
  const sample = head.sample
    .slice(0, 5)
    .map((r) =>
      Object.fromEntries(
        head.headers.map((h, i) => [h || `#${i + 1}`, convertCell(cellText(r.cells[i]), byIndex.get(i) ?? 'unicode')]),
      ),
    );
  const row = await t
    .insertInto('backlog_imports')
    .values({
      ward_id: wardId,
      source_unit: sourceUnit,
      file_name: input.fileName,
      file_sha256: sha,
      format,
      status: 'awaiting_confirmation',
      preview: '{}',
      created_by: ctx.actor.name,
      created_at: services.clock.now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  let staged = input.filePath;
  if (!input.staged) {
    await mkdir(services.workDir, { recursive: true });
    staged = path.join(services.workDir, `import-${row.id}`);
    await copyFile(input.filePath, staged);
  }
  const preview: ImportPreview = {
    importId: row.id,
    sourceUnit,
    fileName: input.fileName,
    format,
    headerRow: head.headerRow,
    headers: head.headers,
    mapping: proposed.columns,
    unknownHeaders: proposed.unknownHeaders,
    missingRequired: proposed.missingRequired,
    encodings: encodings.filter((e) => e.encoding !== 'unicode').map(({ index: _, ...e }) => e),
    sample,
    status: 'awaiting_confirmation',
  };
  await t
    .updateTable('backlog_imports')
    .set({ preview: JSON.stringify(preview), staged_path: staged })
    .where('ward_id', '=', wardId)
    .where('id', '=', row.id)
    .execute();
  return preview;
}
