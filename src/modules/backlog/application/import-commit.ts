/**
 * Step 2 of an import: with the mapping confirmed, stream every row, repair and validate it, triage it and
 * insert it, all in one transaction: a file that breaks half-way (truncated XLSX, garbage) leaves nothing
 * behind. Refused rows go to an XLSX with the reason per cell; likely duplicates across sources are flagged.
 * Importing the same file again, or rows already present, changes nothing.
 */
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { sql } from 'kysely';
import type { RequestContext } from '../../../kernel/actor.ts';
import { recordAudit } from '../../../kernel/audit.ts';
import { type AnyDb, inTransaction, tablesOf } from '../../../kernel/db.ts';
import { isDomainError } from '../../../kernel/errors.ts';
import { storeFile } from '../../files/index.ts';
import { backlogError } from '../backlog.errors.ts';
import { ImportConfirm, ImportPreview, ImportSummary } from '../contracts.ts';
import { proposeMapping } from '../domain/columns.ts';
import type { Encoding } from '../domain/encodings/detect.ts';
import { parseRow } from '../domain/parse-row.ts';
import { createRejectsWorkbook } from '../infra/rejects-workbook.ts';
import { readRows } from '../infra/row-source.ts';
import type { BacklogTables } from '../infra/tables.ts';
import { ItemBatch } from './import-rows.ts';
import { createProcedureMatcher } from './match-procedure.ts';
import { finishProgress, setProgress } from './progress.ts';
import { type BacklogServices, getTriageSettings, todayOf } from './support.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function commitImport(
  db: AnyDb,
  ctx: RequestContext,
  importId: string,
  confirm: ImportConfirm,
  services: Pick<BacklogServices, 'clock' | 'store' | 'workDir'> & {
    onProgress?: (fraction: number, rows: number) => void;
  },
): Promise<ImportSummary> {
  const wardId = ctx.actor.wardId;
  const t = tablesOf<BacklogTables>(db);
  const record = await t
    .selectFrom('backlog_imports')
    .selectAll()
    .where('ward_id', '=', wardId)
    .where('id', '=', importId)
    .executeTakeFirst();
  if (!record) throw backlogError('BACKLOG_IMPORT_NOT_FOUND', { importId });
  const same = await t
    .selectFrom('backlog_imports')
    .select(['id', 'summary'])
    .where('ward_id', '=', wardId)
    .where('source_unit', '=', record.source_unit)
    .where('file_sha256', '=', record.file_sha256)
    .where('status', '=', 'committed')
    .executeTakeFirst();
  if (same) {
    if (same.id !== importId)
      await t.deleteFrom('backlog_imports').where('ward_id', '=', wardId).where('id', '=', importId).execute();
    return ImportSummary.parse({ ...(same.summary as object), outcome: 'unchanged' });
  }
  if (record.status !== 'awaiting_confirmation' || !record.staged_path)
    throw backlogError('BACKLOG_IMPORT_NOT_PENDING', { importId, status: record.status });
  const preview = ImportPreview.parse(record.preview);
  const confirmed = ImportConfirm.parse(confirm);
  const mapping = proposeMapping(preview.headers, confirmed.mapping);
  if (mapping.missingRequired.length > 0)
    throw backlogError('BACKLOG_COLUMNS_MISSING', {
      missing: mapping.missingRequired,
      headers: preview.headers,
      unknownHeaders: mapping.unknownHeaders,
    });
  if (mapping.unknownHeaders.length > 0)
    throw backlogError('BACKLOG_HEADERS_UNCONFIRMED', { unknownHeaders: mapping.unknownHeaders });

  const started = performance.now();
  const encodings = new Map<number, Encoding>();
  preview.encodings.forEach((e) => {
    const index = preview.headers.indexOf(e.header);
    if (index >= 0) encodings.set(index, e.encoding);
  });
  const staged = record.staged_path;
  const rejects = createRejectsWorkbook(services.workDir, `rejects-${randomUUID()}`, preview.headers);
  const { size } = await import('node:fs/promises').then((fs) => fs.stat(staged));
  await t
    .updateTable('backlog_imports')
    .set({ status: 'importing' })
    .where('ward_id', '=', wardId)
    .where('id', '=', importId)
    .execute();
  let rowsRead = 0;
  const progress = (bytes: number) => {
    const fraction = size > 0 ? Math.min(1, bytes / size) : 1;
    setProgress(importId, { phase: 'reading', fraction, rowsRead });
    services.onProgress?.(fraction, rowsRead);
  };
  try {
    const summary = await inTransaction(db, async (tx) => {
      const now = services.clock.now();
      const batch = new ItemBatch({
        wardId,
        importId,
        sourceUnit: record.source_unit,
        matcher: createProcedureMatcher(tx),
        settings: await getTriageSettings(tx, wardId),
        today: todayOf(services.clock),
        now,
      });
      for await (const row of readRows(staged, preview.format, progress)) {
        if (row.number <= preview.headerRow) continue;
        const outcome = parseRow(row.cells, mapping.columns, encodings, batch.today);
        if (outcome.kind === 'empty') continue;
        rowsRead++;
        if (outcome.kind === 'rejected') rejects.add(row.number, outcome.cells, outcome.reasons);
        else await batch.add(tx, outcome.row);
      }
      await batch.flush(tx);
      setProgress(importId, { phase: 'committing', fraction: 1, rowsRead });
      const likelyDuplicates = await flagDuplicates(tx, wardId, importId, now);
      const stream = await rejects.finish();
      const stored = stream
        ? await storeFile(tx, services.store, {
            wardId,
            stream,
            name: `tu-choi-${preview.fileName.replace(/\.[^.]+$/, '')}.xlsx`,
            mediaType: XLSX,
            kind: 'generated-form',
            actor: ctx.actor,
            requestId: ctx.requestId,
            now,
          })
        : undefined;
      const result: ImportSummary = {
        importId,
        sourceUnit: record.source_unit,
        fileName: preview.fileName,
        outcome: 'imported',
        rowsRead,
        inserted: batch.inserted,
        alreadyPresent: batch.alreadyPresent,
        rejected: rejects.count,
        rejectsFileId: stored?.id ?? null,
        likelyDuplicates,
        encodings: preview.encodings,
        ms: Math.round(performance.now() - started),
      };
      const committedPreview = { ...preview, mapping: mapping.columns, unknownHeaders: [], status: 'committed' };
      await tablesOf<BacklogTables>(tx)
        .updateTable('backlog_imports')
        .set({
          status: 'committed',
          summary: JSON.stringify(result),
          preview: JSON.stringify(committedPreview),
          staged_path: null,
          finished_at: now,
        })
        .where('ward_id', '=', wardId)
        .where('id', '=', importId)
        .execute();
      await recordAudit(
        tx,
        ctx.actor,
        ctx.requestId,
        {
          action: 'backlog.import',
          targetType: 'backlog_import',
          targetId: importId,
          details: { sourceUnit: record.source_unit, rowsRead, inserted: batch.inserted, rejected: rejects.count },
        },
        now,
      );
      return result;
    });
    finishProgress(importId, { phase: 'done', fraction: 1, rowsRead });
    await rm(staged, { force: true }).catch(() => undefined);
    return summary;
  } catch (e) {
    const error = isDomainError(e)
      ? { code: e.code, message: e.message, messageVi: e.messageVi, details: e.details ?? null }
      : {
          code: 'INTERNAL',
          message: e instanceof Error ? e.message : String(e),
          messageVi: 'Lỗi hệ thống',
          details: null,
        };
    finishProgress(importId, { phase: 'failed', fraction: 0, rowsRead, error });
    await t
      .updateTable('backlog_imports')
      .set({ status: 'failed', error: JSON.stringify(error), staged_path: null, finished_at: services.clock.now() })
      .where('ward_id', '=', wardId)
      .where('id', '=', importId)
      .execute();
    await rm(staged, { force: true }).catch(() => undefined);
    throw e;
  } finally {
    await rejects.dispose();
  }
}

/** Same applicant ID, same procedure, received within 30 days, from different sources: a person decides. */
async function flagDuplicates(tx: AnyDb, wardId: string, importId: string, now: Date): Promise<number> {
  const r = await sql<{ id: string }>`
    INSERT INTO backlog_duplicate_flags (ward_id, item_a, item_b, reason, created_at)
    SELECT n.ward_id, LEAST(n.id, o.id), GREATEST(n.id, o.id),
      'Cùng số giấy tờ, cùng thủ tục, nhận cách nhau ' || abs(n.received_on - o.received_on) || ' ngày ('
        || o.source_unit || ' / ' || n.source_unit || ')',
      ${now}
    FROM backlog_items n
    JOIN backlog_items o ON o.ward_id = n.ward_id AND o.applicant_id_number = n.applicant_id_number
      AND o.procedure_key = n.procedure_key AND o.source_unit <> n.source_unit
      AND abs(o.received_on - n.received_on) <= 30
    WHERE n.ward_id = ${wardId} AND n.import_id = ${importId} AND n.applicant_id_number IS NOT NULL
    ON CONFLICT (ward_id, item_a, item_b) DO NOTHING
    RETURNING id`.execute(tx);
  return r.rows.length;
}
