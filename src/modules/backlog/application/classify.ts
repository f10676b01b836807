/**
 * Officers correcting a classification (the reason is logged with the old and new value, the attribute then
 * stays as set), the ward's triage rules, and re-triage of open items after the rules change (attributes set
 * by hand are left alone).
 */
import type { RequestContext } from '../../../kernel/actor.ts';
import { recordAudit } from '../../../kernel/audit.ts';
import { type AnyDb, inTransaction, tablesOf } from '../../../kernel/db.ts';
import { commonError } from '../../../kernel/errors.ts';
import { plainDate } from '../../../kernel/plain-date.ts';
import { backlogError } from '../backlog.errors.ts';
import { ItemOverride, type OverridableAttribute, TriageSettings } from '../contracts.ts';
import { classify } from '../domain/triage.ts';
import type { BacklogTables } from '../infra/tables.ts';
import { triageColumns } from './import-rows.ts';
import { getItemRow } from './items.ts';
import { createProcedureMatcher } from './match-procedure.ts';
import { type BacklogServices, getTriageSettings, todayOf } from './support.ts';

export async function overrideItem(
  db: AnyDb,
  ctx: RequestContext,
  id: string,
  body: ItemOverride,
  services: Pick<BacklogServices, 'clock'>,
): Promise<void> {
  const parsed = ItemOverride.safeParse(body);
  if (!parsed.success) throw commonError('VALIDATION_FAILED', { issues: parsed.error.issues });
  const o = parsed.data;
  const now = services.clock.now();
  await inTransaction(db, async (tx) => {
    const row = await getItemRow(tx, ctx.actor, id);
    if (row.version !== o.version) throw commonError('VERSION_CONFLICT', { expected: o.version, actual: row.version });
    const set: Record<string, unknown> = {};
    let oldValue: unknown;
    let newValue: unknown;
    switch (o.attribute) {
      case 'procedure': {
        const match = await createProcedureMatcher(tx)(o.procedureCode, null);
        if (match?.method !== 'code') throw backlogError('BACKLOG_PROCEDURE_UNKNOWN', { code: o.procedureCode });
        const cols = triageColumns(
          {
            field: row.field_raw,
            legacyStatus: row.legacy_status,
            missingDocuments: row.missing_documents_text,
            notes: row.notes,
            receivedOn: plainDate(row.received_on),
          },
          { match, settings: await getTriageSettings(tx, ctx.actor.wardId), today: todayOf(services.clock) },
        );
        oldValue = row.procedure_code ?? row.procedure_id;
        newValue = match.code ?? match.procedureId;
        Object.assign(set, keepOverridden(row.overridden, cols), { match_method: 'manual', match_confidence: 1 });
        break;
      }
      case 'competence':
        oldValue = { competence: row.competence, receivingBody: row.receiving_body };
        newValue = { competence: o.competence, receivingBody: o.receivingBody ?? null };
        Object.assign(set, {
          competence: o.competence,
          receiving_body: o.competence === 'other' ? (o.receivingBody ?? null) : null,
        });
        break;
      case 'field':
        [oldValue, newValue] = [row.field, o.field];
        set.field = o.field;
        break;
      case 'complexity': {
        const settings = await getTriageSettings(tx, ctx.actor.wardId);
        [oldValue, newValue] = [row.complexity, o.complexity];
        set.complexity = o.complexity;
        if (!row.overridden.includes('effortHours')) set.effort_hours = settings.effortHours[o.complexity];
        break;
      }
      case 'effortHours':
        [oldValue, newValue] = [Number(row.effort_hours), o.effortHours];
        set.effort_hours = o.effortHours;
        break;
    }
    const overridden = [...new Set([...row.overridden, o.attribute])];
    await tablesOf<BacklogTables>(tx)
      .updateTable('backlog_items')
      .set({ ...set, overridden, version: row.version + 1, updated_at: now })
      .where('ward_id', '=', ctx.actor.wardId)
      .where('id', '=', id)
      .execute();
    await tablesOf<BacklogTables>(tx)
      .insertInto('backlog_item_overrides')
      .values({
        ward_id: ctx.actor.wardId,
        item_id: id,
        attribute: o.attribute,
        old_value: JSON.stringify(oldValue ?? null),
        new_value: JSON.stringify(newValue ?? null),
        reason: o.reason,
        actor_id: ctx.actor.id,
        actor_name: ctx.actor.name,
        at: now,
      })
      .execute();
    await recordAudit(
      tx,
      ctx.actor,
      ctx.requestId,
      {
        action: 'backlog.override',
        targetType: 'backlog_item',
        targetId: id,
        details: { attribute: o.attribute, oldValue, newValue, reason: o.reason },
      },
      now,
    );
  });
}

/** Triage columns minus the attributes an officer set by hand. */
function keepOverridden(overridden: readonly string[], cols: ReturnType<typeof triageColumns>) {
  const out: Record<string, unknown> = { ...cols };
  const drop: Record<OverridableAttribute, string[]> = {
    procedure: [],
    competence: ['competence', 'receiving_body'],
    field: ['field'],
    complexity: ['complexity', 'complexity_score'],
    effortHours: ['effort_hours'],
  };
  for (const a of overridden) for (const c of drop[a as OverridableAttribute] ?? []) delete out[c];
  return out;
}

export async function updateTriageSettings(
  db: AnyDb,
  ctx: RequestContext,
  settings: TriageSettings,
  services: Pick<BacklogServices, 'clock'>,
): Promise<{ retriaged: number }> {
  const parsed = TriageSettings.safeParse(settings);
  if (!parsed.success) throw commonError('VALIDATION_FAILED', { issues: parsed.error.issues });
  const now = services.clock.now();
  return inTransaction(db, async (tx) => {
    await tablesOf<BacklogTables>(tx)
      .insertInto('backlog_settings')
      .values({
        ward_id: ctx.actor.wardId,
        triage: JSON.stringify(parsed.data),
        updated_at: now,
        updated_by: ctx.actor.name,
      })
      .onConflict((oc) =>
        oc.column('ward_id').doUpdateSet((eb) => ({
          triage: JSON.stringify(parsed.data),
          updated_at: now,
          updated_by: ctx.actor.name,
          version: eb('backlog_settings.version', '+', 1),
        })),
      )
      .execute();
    const retriaged = await retriage(tx, ctx.actor.wardId, parsed.data, todayOf(services.clock), now);
    await recordAudit(tx, ctx.actor, ctx.requestId, { action: 'backlog.settings', details: { retriaged } }, now);
    return { retriaged };
  });
}

/** Recomputes complexity and effort of open items with new rules; attributes set by hand stay. */
async function retriage(
  tx: AnyDb,
  wardId: string,
  settings: TriageSettings,
  today: ReturnType<typeof todayOf>,
  now: Date,
) {
  const rows = await tablesOf<BacklogTables>(tx)
    .selectFrom('backlog_items')
    .select([
      'id',
      'field',
      'complexity',
      'received_on',
      'missing_documents',
      'site_verification',
      'multi_agency',
      'overridden',
    ])
    .where('ward_id', '=', wardId)
    .where('status', 'in', ['open', 'in_progress'])
    .execute();
  let n = 0;
  for (const r of rows) {
    const c = classify(
      {
        field: r.field,
        receivedOn: plainDate(r.received_on),
        missingDocuments: r.missing_documents,
        siteVerification: r.site_verification,
        multiAgency: r.multi_agency,
      },
      today,
      settings,
    );
    const set: Record<string, unknown> = {};
    if (!r.overridden.includes('complexity'))
      Object.assign(set, { complexity: c.complexity, complexity_score: c.score });
    if (!r.overridden.includes('effortHours'))
      set.effort_hours = settings.effortHours[r.overridden.includes('complexity') ? r.complexity : c.complexity];
    if (Object.keys(set).length === 0) continue;
    await tablesOf<BacklogTables>(tx)
      .updateTable('backlog_items')
      .set({ ...set, updated_at: now })
      .where('ward_id', '=', wardId)
      .where('id', '=', r.id)
      .execute();
    n++;
  }
  return n;
}
