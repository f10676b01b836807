/** Reading dossiers: the full dossier (audited: it shows personal data), lists with work queues, counts. */
import type { SelectQueryBuilder } from 'kysely';
import type { RequestContext } from '../../../kernel/actor.ts';
import { recordAudit } from '../../../kernel/audit.ts';
import { type AnyDb, tablesOf } from '../../../kernel/db.ts';
import { commonError } from '../../../kernel/errors.ts';
import { addWorkingTime, formatInstantVn, type WorkCalendar } from '../../calendar/index.ts';
import { getFileInfo } from '../../files/index.ts';
import {
  type DossierDetail,
  DossierListQuery,
  type DossierPage,
  type DossierSummary,
  type FormNumber,
  type QueueCounts,
  WorkQueue,
} from '../contracts.ts';
import { maskIdNumber, maskPhone } from '../domain/codes.ts';
import { formsFor } from '../domain/forms.ts';
import { ACTION_LABEL, allowedActionsFor, CLOCK_STATUSES, PORTAL_CODE, STATUS_LABEL } from '../domain/workflow.ts';
import { dossierError } from '../dossiers.errors.ts';
import { applicantOf, type DossierRecord, findDossierByCode, listActions, stateOfRecord } from '../infra/repository.ts';
import type { DossierTables } from '../infra/tables.ts';
import { type EnglishNames, loadEnglishNames } from './names.ts';
import { loadCalendarAround, remainingOf } from './support.ts';

async function attachedFileOf(db: AnyDb, wardId: string, fileId: string) {
  const f = await getFileInfo(db, wardId, fileId).catch(() => undefined);
  return f ? { id: f.id, name: f.name, size: f.size, sha256: f.sha256, mediaType: f.mediaType } : null;
}

/** A transfer's detail also names the department in English (for the English history), when it has a name. */
function withEnglishDepartment(details: Record<string, unknown>, names: EnglishNames): Record<string, unknown> {
  const en = typeof details.departmentId === 'string' ? names.department(details.departmentId) : null;
  return en ? { ...details, departmentNameEn: en } : details;
}

const vnOrNull = (s: string | null) => (s ? formatInstantVn(new Date(s)) : null);

export function toSummary(r: DossierRecord, calendar: WorkCalendar, now: Date, names: EnglishNames): DossierSummary {
  const s = stateOfRecord(r);
  const remaining = remainingOf(calendar, s, now);
  return {
    code: r.code,
    status: s.status,
    statusCode: PORTAL_CODE[s.status],
    statusLabel: STATUS_LABEL[s.status],
    procedureName: r.procedure_name,
    procedureNameEn: names.procedure(r.procedure_id),
    channel: r.channel,
    applicantName: r.applicant_name,
    applicantIdNumber: maskIdNumber(r.applicant_id_number),
    applicantPhone: maskPhone(r.applicant_phone),
    registeredAt: formatInstantVn(new Date(r.registered_at)),
    receivedAt: vnOrNull(s.receivedAt),
    appointmentAt: vnOrNull(s.appointmentAt),
    remaining,
    assigneeName: s.assigneeName,
    departmentName: s.departmentName,
    departmentNameEn: names.department(s.departmentId),
    late: !!remaining?.overdue || r.late_marked_at !== null,
    version: s.version,
  };
}

export async function getDossierDetail(
  db: AnyDb,
  ctx: RequestContext,
  code: string,
  now: Date,
): Promise<DossierDetail> {
  const wardId = ctx.actor.wardId;
  const r = await findDossierByCode(db, wardId, code);
  if (!r) throw dossierError('DOSSIER_NOT_FOUND');
  const calendar = await loadCalendarAround(db, wardId, now);
  const s = stateOfRecord(r);
  const actions = await listActions(db, wardId, r.id);
  const names = await loadEnglishNames(db, wardId, [r.procedure_id]);
  const documents = await tablesOf<DossierTables>(db)
    .selectFrom('dossier_documents')
    .selectAll()
    .where('ward_id', '=', wardId)
    .where('dossier_id', '=', r.id)
    .orderBy('position')
    .execute();
  await recordAudit(
    db,
    ctx.actor,
    ctx.requestId,
    { action: 'dossier.read-personal', targetType: 'dossier', targetId: code },
    now,
  );
  const forms: FormNumber[] = formsFor(
    actions.map((a) => a.type),
    s,
  );
  return {
    ...toSummary(r, calendar, now, names),
    procedure: { id: r.procedure_id, code: r.procedure_code, name: r.procedure_name },
    ticketId: r.ticket_id,
    sourceUnit: r.source_unit,
    ...applicantOf(r),
    documents: await Promise.all(
      documents.map(async (d) => ({
        position: d.position,
        documentId: d.document_id,
        name: d.name,
        kind: d.kind,
        count: d.count,
        fileId: d.file_id,
        file: d.file_id ? await attachedFileOf(db, wardId, d.file_id) : null,
        scanned: d.scanned,
      })),
    ),
    statutoryDueAt: vnOrNull(s.statutoryDueAt),
    stepDeadlines: s.steps.map((x) => ({ step: x.step, due: formatInstantVn(new Date(x.due)) })),
    departmentId: s.departmentId,
    assigneeId: s.assigneeId,
    supplementCount: s.supplementCount,
    rescheduled: s.rescheduled,
    finishedAt: vnOrNull(s.finishedAt),
    returnedAt: vnOrNull(s.returnedAt),
    returnMethod: s.returnMethod,
    resultNumber: s.resultNumber,
    allowedActions: allowedActionsFor(s.status, ctx.actor.roles, ctx.actor.id, s.assigneeId),
    actions: actions.map((a) => ({
      seq: a.seq,
      type: a.type,
      label: ACTION_LABEL[a.type],
      at: formatInstantVn(new Date(a.at)),
      actorName: a.actorName,
      fromStatus: a.fromStatus,
      toStatus: a.toStatus,
      details: withEnglishDepartment(a.payload.details, names),
    })),
    forms,
  };
}

type Q = SelectQueryBuilder<DossierTables, 'dossiers', Record<string, unknown>>;
const OPEN = [...CLOCK_STATUSES] as string[];

/** The filter of a work queue for the caller; due-soon means within one working day. */
function inQueue(q: Q, queue: WorkQueue, actorId: string | null, now: Date, soon: Date): Q {
  switch (queue) {
    case 'to-receive':
      return q.where('status', '=', 'submitted');
    case 'to-assign':
      return q.where('status', 'in', ['received', 'in-progress']).where('assignee_id', 'is', null);
    case 'mine':
      return q.where('assignee_id', '=', actorId ?? '00000000-0000-0000-0000-000000000000').where('status', 'in', OPEN);
    case 'to-approve':
      return q.where('status', '=', 'awaiting-approval');
    case 'to-sign':
      return q.where('status', '=', 'approved');
    case 'to-return':
      return q.where('status', 'in', ['signed', 'result-ready', 'rejected']);
    case 'due-soon':
      return q
        .where('status', 'in', OPEN)
        .where('paused_at', 'is', null)
        .where('appointment_at', '>', now)
        .where('appointment_at', '<=', soon);
    case 'late':
      return q.where('status', 'in', OPEN).where('paused_at', 'is', null).where('appointment_at', '<', now);
  }
}

export async function listDossiers(
  db: AnyDb,
  actor: { wardId: string; id: string | null },
  query: DossierListQuery,
  now: Date,
): Promise<DossierPage> {
  const parsed = DossierListQuery.safeParse(query);
  if (!parsed.success) throw commonError('VALIDATION_FAILED', { issues: parsed.error.issues });
  const f = parsed.data;
  const calendar = await loadCalendarAround(db, actor.wardId, now);
  const soon = addWorkingTime(calendar, now, { workingDays: 1 });
  let q = tablesOf<DossierTables>(db).selectFrom('dossiers').where('ward_id', '=', actor.wardId) as Q;
  if (f.status) q = q.where('status', '=', f.status);
  if (f.late === 'true') q = inQueue(q, 'late', actor.id, now, soon);
  if (f.late === 'false')
    q = q.where((eb) =>
      eb.or([eb('appointment_at', 'is', null), eb('appointment_at', '>=', now), eb('status', 'not in', OPEN)]),
    );
  if (f.assignee) q = q.where('assignee_id', '=', f.assignee === 'me' ? (actor.id ?? '') : f.assignee);
  if (f.procedure)
    q = q.where((eb) => eb.or([eb('procedure_id', '=', f.procedure!), eb('procedure_code', '=', f.procedure!)]));
  if (f.from) q = q.where('registered_at', '>=', new Date(`${f.from}T00:00:00+07:00`));
  if (f.to) q = q.where('registered_at', '<', new Date(Date.parse(`${f.to}T00:00:00+07:00`) + 86_400_000));
  if (f.queue) q = inQueue(q, f.queue, actor.id, now, soon);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .selectAll()
    .orderBy('registered_at', 'desc')
    .orderBy('code', 'desc')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  const names = await loadEnglishNames(
    db,
    actor.wardId,
    rows.map((r) => r.procedure_id as string),
  );
  return {
    items: rows.map((r) => toSummary(r as DossierRecord, calendar, now, names)),
    page: f.page,
    pageSize: f.pageSize,
    total: Number(total.n),
  };
}

/** How many dossiers wait in each work queue of the caller. */
export async function countQueues(
  db: AnyDb,
  actor: { wardId: string; id: string | null },
  now: Date,
): Promise<QueueCounts> {
  const calendar = await loadCalendarAround(db, actor.wardId, now);
  const soon = addWorkingTime(calendar, now, { workingDays: 1 });
  const counts = {} as QueueCounts;
  for (const queue of WorkQueue.options) {
    const base = tablesOf<DossierTables>(db).selectFrom('dossiers').where('ward_id', '=', actor.wardId) as Q;
    const r = await inQueue(base, queue, actor.id, now, soon)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    counts[queue] = Number(r.n);
  }
  return counts;
}
