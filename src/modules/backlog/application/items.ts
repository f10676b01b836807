/**
 * Reading backlog items: one, or a filtered page. Age and lateness are computed for today on the ward's
 * calendar; ID numbers and phones are masked. Managers see every item; other staff see the items that concern
 * them (assigned to them, or planned for them in the active plan).
 */
import { type Selectable, sql } from 'kysely';
import type { Actor } from '../../../kernel/actor.ts';
import { type AnyDb, tablesOf } from '../../../kernel/db.ts';
import { commonError } from '../../../kernel/errors.ts';
import { type PlainDate, plainDate } from '../../../kernel/plain-date.ts';
import { type WorkCalendar, workingDaysBetween } from '../../calendar/index.ts';
import { backlogError } from '../backlog.errors.ts';
import { BacklogItem, type ItemFacets, ItemListQuery, type ItemPage, type OverridableAttribute } from '../contracts.ts';
import { ageInDays } from '../domain/triage.ts';
import type { BacklogTables } from '../infra/tables.ts';
import { maskId, maskPhone } from './support.ts';

export const MANAGER_ROLES: readonly string[] = ['admin', 'director', 'leader'];
export const isManager = (actor: Actor) => actor.roles.some((r) => MANAGER_ROLES.includes(r));

type Row = Selectable<BacklogTables['backlog_items']>;

export function toBacklogItem(r: Row, today: PlainDate, calendar: WorkCalendar | undefined): BacklogItem {
  const due = r.original_due ? plainDate(r.original_due) : null;
  const late = due && due < today && calendar ? Math.max(0, workingDaysBetween(calendar, due, today)) : 0;
  return BacklogItem.parse({
    id: r.id,
    sourceUnit: r.source_unit,
    originalCode: r.original_code,
    receiptNumber: r.receipt_number,
    procedureNameRaw: r.procedure_name_raw,
    procedureCode: r.procedure_code,
    procedureName: r.procedure_name,
    matchMethod: r.match_method,
    matchConfidence: Number(r.match_confidence),
    needsReview: r.competence === 'unknown' || Number(r.match_confidence) < 0.8,
    competence: r.competence,
    receivingBody: r.receiving_body,
    field: r.field,
    complexity: r.complexity,
    complexityScore: Number(r.complexity_score),
    effortHours: Number(r.effort_hours),
    missingDocuments: r.missing_documents,
    siteVerification: r.site_verification,
    multiAgency: r.multi_agency,
    receivedOn: r.received_on,
    originalDue: due,
    ageDays: ageInDays(plainDate(r.received_on), today),
    lateWorkingDays: late,
    legacyStatus: r.legacy_status,
    legacyOfficer: r.legacy_officer,
    applicantName: r.applicant_name,
    applicantIdMasked: maskId(r.applicant_id_number),
    applicantPhoneMasked: maskPhone(r.applicant_phone),
    status: r.status,
    assignedStaffId: r.assigned_staff_id,
    dossierCode: r.dossier_code,
    overridden: r.overridden as OverridableAttribute[],
    version: r.version,
  });
}

export async function findItemRow(db: AnyDb, wardId: string, id: string): Promise<Row | undefined> {
  return tablesOf<BacklogTables>(db)
    .selectFrom('backlog_items')
    .selectAll()
    .where('ward_id', '=', wardId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function getItemRow(db: AnyDb, actor: Actor, id: string): Promise<Row> {
  const row = await findItemRow(db, actor.wardId, id);
  if (!row || !(isManager(actor) || (await concerns(db, actor, id))))
    throw backlogError('BACKLOG_ITEM_NOT_FOUND', { id });
  return row;
}

async function concerns(db: AnyDb, actor: Actor, id: string): Promise<boolean> {
  const r = await sql<{ ok: boolean }>`
    SELECT EXISTS (SELECT 1 FROM backlog_items WHERE ward_id = ${actor.wardId} AND id = ${id} AND assigned_staff_id = ${actor.id})
      OR EXISTS (SELECT 1 FROM backlog_plan_assignments a JOIN backlog_plans p ON p.ward_id = a.ward_id AND p.id = a.plan_id
        WHERE a.ward_id = ${actor.wardId} AND a.item_id = ${id} AND a.staff_id = ${actor.id} AND p.active) AS ok`.execute(
    db,
  );
  return r.rows[0]?.ok === true;
}

export async function listItems(
  db: AnyDb,
  actor: Actor,
  query: ItemListQuery,
  today: PlainDate,
  calendar: WorkCalendar | undefined,
): Promise<ItemPage> {
  const parsed = ItemListQuery.safeParse(query);
  if (!parsed.success) throw commonError('VALIDATION_FAILED', { issues: parsed.error.issues });
  const q = parsed.data;
  let select = tablesOf<BacklogTables>(db).selectFrom('backlog_items').where('ward_id', '=', actor.wardId);
  if (q.status) select = select.where('status', '=', q.status);
  if (q.competence) select = select.where('competence', '=', q.competence);
  if (q.field) select = select.where('field', '=', q.field);
  if (q.sourceUnit) select = select.where('source_unit', '=', q.sourceUnit);
  if (q.complexity) select = select.where('complexity', '=', q.complexity);
  if (q.late !== undefined) {
    const late = sql<boolean>`(original_due < ${today} AND status IN ('open', 'in_progress'))`;
    select = select.where(q.late === 'true' ? late : sql<boolean>`NOT coalesce(${late}, false)`);
  }
  if (q.assignedStaffId) select = select.where('assigned_staff_id', '=', q.assignedStaffId);
  if (q.needsReview !== undefined) {
    const review = sql<boolean>`(competence = 'unknown' OR match_confidence < 0.8)`;
    select = select.where(q.needsReview === 'true' ? review : sql<boolean>`NOT ${review}`);
  }
  if (q.q) {
    const like = `%${q.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    select = select.where((eb) =>
      eb.or([
        eb('original_code', 'ilike', like),
        eb('applicant_name', 'ilike', like),
        eb('procedure_name_raw', 'ilike', like),
      ]),
    );
  }
  if (!isManager(actor)) {
    const me = actor.id ?? '00000000-0000-0000-0000-000000000000';
    select = select.where(
      sql<boolean>`(assigned_staff_id = ${me} OR id IN (SELECT a.item_id FROM backlog_plan_assignments a
        JOIN backlog_plans p ON p.ward_id = a.ward_id AND p.id = a.plan_id
        WHERE a.ward_id = ${actor.wardId} AND a.staff_id = ${me} AND p.active))`,
    );
  }
  const total = await select.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const rows = await select
    .selectAll()
    .orderBy('received_on')
    .orderBy('original_code')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  return { total: Number(total.n), items: rows.map((r) => toBacklogItem(r, today, calendar)) };
}

/** The source units and fields of the ward's backlog with their item counts, for the triage filters. */
export async function listItemFacets(db: AnyDb, wardId: string): Promise<ItemFacets> {
  const t = tablesOf<BacklogTables>(db);
  const count = sql<number>`count(*)::int`.as('count');
  const [sources, fields] = await Promise.all([
    t
      .selectFrom('backlog_items')
      .select(['source_unit as value', count])
      .where('ward_id', '=', wardId)
      .groupBy('source_unit')
      .orderBy('source_unit')
      .execute(),
    t
      .selectFrom('backlog_items')
      .select(['field as value', count])
      .where('ward_id', '=', wardId)
      .groupBy('field')
      .orderBy('field')
      .execute(),
  ]);
  const norm = (rows: { value: string; count: number }[]) =>
    rows.map((r) => ({ value: r.value, count: Number(r.count) }));
  return { sources: norm(sources), fields: norm(fields) };
}
