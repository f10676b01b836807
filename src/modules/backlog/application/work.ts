/**
 * Working an item: starting it converts it into a live dossier (dossiers module, through the DossierConversion
 * port) that keeps its original code and dates, in the same transaction; closing records when it left the
 * backlog (the burn-down counts it from then). Likely duplicates are decided here too.
 */
import type { RequestContext } from '../../../kernel/actor.ts';
import { recordAudit } from '../../../kernel/audit.ts';
import { type AnyDb, inTransaction, tablesOf } from '../../../kernel/db.ts';
import { commonError } from '../../../kernel/errors.ts';
import { plainDate } from '../../../kernel/plain-date.ts';
import type { WorkCalendar } from '../../calendar/index.ts';
import { backlogError } from '../backlog.errors.ts';
import { CloseItem, DuplicateDecision, type DuplicateFlag, StartWork } from '../contracts.ts';
import type { BacklogTables } from '../infra/tables.ts';
import { findItemRow, getItemRow, isManager, toBacklogItem } from './items.ts';
import { type BacklogServices, todayOf } from './support.ts';
import { updateItem } from './update-item.ts';

export async function startWork(
  db: AnyDb,
  ctx: RequestContext,
  id: string,
  body: StartWork,
  services: Pick<BacklogServices, 'clock' | 'conversion'>,
): Promise<{ dossierCode: string; version: number }> {
  const input = StartWork.parse(body);
  const conversion = services.conversion;
  if (!conversion) throw backlogError('BACKLOG_CONVERSION_UNAVAILABLE');
  const staffId = input.staffId ?? ctx.actor.id;
  if (!staffId) throw commonError('FORBIDDEN');
  if (input.staffId && input.staffId !== ctx.actor.id && !isManager(ctx.actor)) throw commonError('FORBIDDEN');
  const now = services.clock.now();
  return inTransaction(db, async (tx) => {
    const row = await getItemRow(tx, ctx.actor, id);
    if (row.version !== input.version)
      throw commonError('VERSION_CONFLICT', { expected: input.version, actual: row.version });
    if (row.status !== 'open') throw backlogError('BACKLOG_ITEM_WRONG_STATE', { status: row.status });
    if (row.competence !== 'ward')
      throw backlogError('BACKLOG_ITEM_NOT_COMPETENT', { receivingBody: row.receiving_body });
    const procedureCode = row.procedure_code ?? row.procedure_id;
    if (!procedureCode) throw backlogError('BACKLOG_PROCEDURE_UNKNOWN', { id });
    const { code } = await conversion.convertLegacyDossier(tx, ctx, {
      wardId: ctx.actor.wardId,
      code: row.original_code,
      sourceUnit: row.source_unit,
      procedureCode,
      applicant: {
        fullName: row.applicant_name ?? '',
        idNumber: row.applicant_id_number,
        phone: row.applicant_phone,
        address: row.applicant_address,
      },
      receivedOn: plainDate(row.received_on),
      originalDue: row.original_due ? plainDate(row.original_due) : null,
      assigneeStaffId: staffId,
    });
    await updateItem(
      tx,
      ctx,
      id,
      {
        status: 'in_progress',
        assigned_staff_id: staffId,
        started_at: now,
        dossier_code: code,
        version: row.version + 1,
      },
      { action: 'backlog.start', targetType: 'backlog_item', targetId: id, details: { dossierCode: code, staffId } },
      now,
    );
    return { dossierCode: code, version: row.version + 1 };
  });
}

export async function closeItem(
  db: AnyDb,
  ctx: RequestContext,
  id: string,
  body: CloseItem,
  services: Pick<BacklogServices, 'clock'>,
): Promise<{ version: number }> {
  const input = CloseItem.parse(body);
  const now = services.clock.now();
  return inTransaction(db, async (tx) => {
    const row = await getItemRow(tx, ctx.actor, id);
    if (row.version !== input.version)
      throw commonError('VERSION_CONFLICT', { expected: input.version, actual: row.version });
    if (row.status !== 'open' && row.status !== 'in_progress')
      throw backlogError('BACKLOG_ITEM_WRONG_STATE', { status: row.status });
    if (input.outcome === 'done' && row.competence !== 'ward') throw backlogError('BACKLOG_ITEM_NOT_COMPETENT');
    await updateItem(
      tx,
      ctx,
      id,
      { status: input.outcome, closed_at: now, close_note: input.note ?? null, version: row.version + 1 },
      {
        action: `backlog.${input.outcome}`,
        targetType: 'backlog_item',
        targetId: id,
        details: { note: input.note ?? null },
      },
      now,
    );
    return { version: row.version + 1 };
  });
}

export async function listDuplicates(
  db: AnyDb,
  wardId: string,
  status: 'pending' | 'same' | 'different',
  calendar: WorkCalendar | undefined,
  services: Pick<BacklogServices, 'clock'>,
): Promise<DuplicateFlag[]> {
  const flags = await tablesOf<BacklogTables>(db)
    .selectFrom('backlog_duplicate_flags')
    .selectAll()
    .where('ward_id', '=', wardId)
    .where('status', '=', status)
    .orderBy('created_at')
    .limit(500)
    .execute();
  const today = todayOf(services.clock);
  const out: DuplicateFlag[] = [];
  for (const f of flags) {
    const [a, b] = [await findItemRow(db, wardId, f.item_a), await findItemRow(db, wardId, f.item_b)];
    if (a && b)
      out.push({
        id: f.id,
        a: toBacklogItem(a, today, calendar),
        b: toBacklogItem(b, today, calendar),
        reason: f.reason,
        status: f.status,
      });
  }
  return out;
}

/** "same": the later-received item of the pair is cancelled as a duplicate; "different": the flag is cleared. */
export async function decideDuplicate(
  db: AnyDb,
  ctx: RequestContext,
  flagId: string,
  body: DuplicateDecision,
  services: Pick<BacklogServices, 'clock'>,
): Promise<void> {
  const input = DuplicateDecision.parse(body);
  const now = services.clock.now();
  await inTransaction(db, async (tx) => {
    const t = tablesOf<BacklogTables>(tx);
    const flag = await t
      .selectFrom('backlog_duplicate_flags')
      .selectAll()
      .where('ward_id', '=', ctx.actor.wardId)
      .where('id', '=', flagId)
      .forUpdate()
      .executeTakeFirst();
    if (!flag) throw backlogError('BACKLOG_DUPLICATE_NOT_FOUND', { id: flagId });
    if (flag.status !== 'pending') throw backlogError('BACKLOG_ITEM_WRONG_STATE', { status: flag.status });
    await t
      .updateTable('backlog_duplicate_flags')
      .set({ status: input.decision, note: input.note ?? null, decided_by: ctx.actor.name, decided_at: now })
      .where('ward_id', '=', ctx.actor.wardId)
      .where('id', '=', flagId)
      .execute();
    if (input.decision === 'same') {
      const pair = await t
        .selectFrom('backlog_items')
        .select(['id', 'received_on', 'status'])
        .where('ward_id', '=', ctx.actor.wardId)
        .where('id', 'in', [flag.item_a, flag.item_b])
        .orderBy('received_on')
        .orderBy('id')
        .execute();
      const later = pair.at(-1);
      if (later && later.status === 'open')
        await t
          .updateTable('backlog_items')
          .set((eb) => ({
            status: 'cancelled',
            closed_at: now,
            close_note: `Trùng với hồ sơ ${pair[0]!.id}`,
            version: eb('version', '+', 1),
            updated_at: now,
          }))
          .where('ward_id', '=', ctx.actor.wardId)
          .where('id', '=', later.id)
          .execute();
    }
    await recordAudit(
      tx,
      ctx.actor,
      ctx.requestId,
      {
        action: 'backlog.duplicate',
        targetType: 'backlog_duplicate',
        targetId: flagId,
        details: { decision: input.decision },
      },
      now,
    );
  });
}
