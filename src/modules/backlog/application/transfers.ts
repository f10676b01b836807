/**
 * The transfer list: open items outside the ward's competence, grouped by the body that decides them, with the
 * covering letter (PDF, stored in the file store) and marking a group transferred once sent.
 */
import { sql } from 'kysely';
import type { RequestContext } from '../../../kernel/actor.ts';
import { type AnyDb, inTransaction, tablesOf } from '../../../kernel/db.ts';
import { plainDate } from '../../../kernel/plain-date.ts';
import { type StoredFile, storeFile } from '../../files/index.ts';
import { getWard } from '../../identity/index.ts';
import { backlogError } from '../backlog.errors.ts';
import type { TransferGroup } from '../contracts.ts';
import type { BacklogTables } from '../infra/tables.ts';
import { transferLetterPdf } from '../infra/transfer-letter.ts';
import { type BacklogServices, todayOf } from './support.ts';
import { updateItem } from './update-item.ts';

const UNKNOWN_BODY = 'Chưa xác định cơ quan tiếp nhận';

async function openTransfers(db: AnyDb, wardId: string) {
  return tablesOf<BacklogTables>(db)
    .selectFrom('backlog_items')
    .select([
      'id',
      'original_code',
      'procedure_name',
      'procedure_name_raw',
      'applicant_name',
      'received_on',
      'receiving_body',
      'source_unit',
      'version',
    ])
    .where('ward_id', '=', wardId)
    .where('competence', '=', 'other')
    .where('status', '=', 'open')
    .orderBy('receiving_body')
    .orderBy('received_on')
    .execute();
}

export async function listTransfers(db: AnyDb, wardId: string): Promise<TransferGroup[]> {
  const groups = new Map<string, TransferGroup>();
  for (const r of await openTransfers(db, wardId)) {
    const body = r.receiving_body ?? UNKNOWN_BODY;
    const g = groups.get(body) ?? { receivingBody: body, count: 0, items: [] };
    g.count++;
    g.items.push({
      id: r.id,
      originalCode: r.original_code,
      procedureName: r.procedure_name ?? r.procedure_name_raw,
      applicantName: r.applicant_name,
      receivedOn: plainDate(r.received_on),
    });
    groups.set(body, g);
  }
  return [...groups.values()];
}

/** The covering letter for one receiving body, stored as a generated document (download via /api/files/:id). */
export async function createTransferLetter(
  db: AnyDb,
  ctx: RequestContext,
  receivingBody: string,
  services: Pick<BacklogServices, 'clock' | 'store'>,
): Promise<StoredFile> {
  const wardId = ctx.actor.wardId;
  const items = (await openTransfers(db, wardId)).filter((r) => (r.receiving_body ?? UNKNOWN_BODY) === receivingBody);
  if (items.length === 0) throw backlogError('BACKLOG_ITEM_NOT_FOUND', { receivingBody });
  const ward = await getWard(db, wardId);
  const pdf = await transferLetterPdf({
    wardName: ward.name,
    receivingBody,
    date: todayOf(services.clock),
    items: items.map((r) => ({
      originalCode: r.original_code,
      procedureName: r.procedure_name ?? r.procedure_name_raw,
      applicantName: r.applicant_name,
      receivedOn: plainDate(r.received_on),
      sourceUnit: r.source_unit,
    })),
  });
  return storeFile(db, services.store, {
    wardId,
    bytes: pdf,
    name: `cong-van-chuyen-ho-so-${receivingBody.slice(0, 60)}.pdf`,
    mediaType: 'application/pdf',
    kind: 'generated-form',
    actor: ctx.actor,
    requestId: ctx.requestId,
    now: services.clock.now(),
  });
}

/** Marks every open item of a receiving body transferred (after the letter went out). */
export async function markTransferred(
  db: AnyDb,
  ctx: RequestContext,
  receivingBody: string,
  services: Pick<BacklogServices, 'clock'>,
): Promise<{ transferred: number }> {
  const now = services.clock.now();
  return inTransaction(db, async (tx) => {
    const ids = (await openTransfers(tx, ctx.actor.wardId))
      .filter((r) => (r.receiving_body ?? UNKNOWN_BODY) === receivingBody)
      .map((r) => r.id);
    await updateItem(
      tx,
      ctx,
      ids,
      {
        status: 'transferred',
        closed_at: now,
        close_note: `Chuyển ${receivingBody}`,
        version: sql<number>`version + 1`,
      },
      { action: 'backlog.transfer', details: { receivingBody, items: ids.length } },
      now,
    );
    return { transferred: ids.length };
  });
}
