/**
 * Official forms on demand: a form is generated from the dossier and its log, stored (files module, with its
 * SHA-256) and served again while the dossier has not changed. Form 01 prints the lookup secret only when the
 * counter passes it right after intake (it is stored hashed); that first print is kept and reprinted.
 */
import type { RequestContext } from '../../../kernel/actor.ts';
import { recordAudit } from '../../../kernel/audit.ts';
import { type AnyDb, tablesOf } from '../../../kernel/db.ts';
import { formatFormDateTimeVn } from '../../calendar/index.ts';
import { formatDurationVi } from '../../catalog/index.ts';
import { type BlobStore, readFile, storeFile } from '../../files/index.ts';
import { getWard } from '../../identity/index.ts';
import type { FormNumber } from '../contracts.ts';
import { hashLookupSecret } from '../domain/codes.ts';
import { TIMELINESS_LABEL, timelinessOf } from '../domain/deadlines.ts';
import { formsFor } from '../domain/forms.ts';
import { applyEffects, INITIAL_STATE, type LoggedAction } from '../domain/state.ts';
import { ACTION_LABEL } from '../domain/workflow.ts';
import { dossierError } from '../dossiers.errors.ts';
import { type ControlRow, type FormData, renderDossierForm } from '../infra/pdf/forms.ts';
import { applicantOf, type DossierRecord, findDossierByCode, listActions, stateOfRecord } from '../infra/repository.ts';
import type { DossierTables } from '../infra/tables.ts';
import { lookupUrlOf } from './notifications.ts';
import { type DossierServices, procedureClockOf } from './support.ts';

const STEP_OF: Partial<Record<LoggedAction['type'], string>> = {
  receive: 'receive',
  'supplement-received': 'receive',
  transfer: 'assign',
  assign: 'assign',
  'submit-for-approval': 'appraise',
  'reject-after-appraisal': 'appraise',
  approve: 'approve',
  'sign-and-number': 'sign',
  'return-result': 'return',
};
const fmt = (iso: string | null | undefined) => (iso ? formatFormDateTimeVn(new Date(iso)) : '');

/** Form 06 rows: every hand-over after registration, rated against its step deadline (or the appointment). */
export function controlRows(actions: readonly LoggedAction[]): ControlRow[] {
  let state = INITIAL_STATE;
  const rows: ControlRow[] = [];
  for (const a of actions) {
    const after = applyEffects(state, a.payload.effects);
    if (a.type !== 'submit') {
      const step = STEP_OF[a.type];
      const due =
        after.steps.find((s) => s.step === step)?.due ??
        state.steps.find((s) => s.step === step)?.due ??
        after.appointmentAt;
      const d = a.payload.details as Record<string, unknown>;
      const to = [ACTION_LABEL[a.type].vi, d.assigneeName ?? d.departmentName].filter(Boolean).join(': ');
      rows.push({
        from: a.actorName,
        to: String(to),
        at: fmt(a.at),
        due: fmt(due),
        timeliness: due ? TIMELINESS_LABEL[timelinessOf(new Date(a.at), new Date(due))] : '',
        note: String(d.reason ?? d.note ?? (Array.isArray(d.reasons) ? d.reasons.join('; ') : '')),
      });
    }
    state = after;
  }
  return rows;
}

function lastOf(actions: readonly LoggedAction[], ...types: LoggedAction['type'][]) {
  return [...actions].reverse().find((a) => types.includes(a.type))?.payload.details as
    | Record<string, unknown>
    | undefined;
}

async function formDataOf(
  db: AnyDb,
  r: DossierRecord,
  form: FormNumber,
  actions: LoggedAction[],
  at: Date,
  services: DossierServices,
  secret?: string,
): Promise<FormData> {
  const ward = await getWard(db, r.ward_id);
  const s = stateOfRecord(r);
  const docs = await tablesOf<DossierTables>(db)
    .selectFrom('dossier_documents')
    .select(['name', 'kind', 'count'])
    .where('ward_id', '=', r.ward_id)
    .where('dossier_id', '=', r.id)
    .orderBy('position')
    .execute();
  const receiver = actions.find((a) => a.type === 'receive' || a.type === 'supplement-received');
  const supplement = lastOf(actions, 'request-supplement');
  const refusal = lastOf(actions, 'refuse', 'reject-after-appraisal');
  const apology = lastOf(actions, 'apologize-and-reschedule');
  const stop = [...actions].reverse().find((a) => a.type === 'stop' || a.type === 'withdraw');
  const clock = await procedureClockOf(db, r.procedure_id);
  return {
    form,
    at,
    ward: { name: ward.name, address: ward.address, phone: ward.phone },
    code: r.code,
    procedureName: r.procedure_name,
    statutoryTime: clock.duration.kind === 'unknown' ? 'theo quy định' : formatDurationVi(clock.duration),
    ...applicantOf(r),
    documents: docs,
    receivedAt: fmt(s.receivedAt) || null,
    appointmentAt: fmt(s.appointmentAt) || null,
    officer: (receiver ?? actions[0])?.actorName ?? r.created_by,
    statusUrl: lookupUrlOf(services.publicBaseUrl ?? 'http://localhost:3000', r.code, secret) as string,
    secret,
    ...(supplement
      ? { supplement: { missing: supplement.missing as string[], reason: String(supplement.reason ?? '') } }
      : {}),
    ...(refusal ? { refusal: { reasons: refusal.reasons as string[] } } : {}),
    ...(apology
      ? {
          apology: {
            previous: fmt(apology.previousAppointmentAt as string),
            next: fmt(apology.newAppointmentAt as string),
            reason: String(apology.reason),
            approvedBy: String(apology.approvedBy),
          },
        }
      : {}),
    ...(stop
      ? {
          stop: {
            reason: String((stop.payload.details as Record<string, unknown>).reason ?? ''),
            withdrawn: stop.type === 'withdraw',
          },
        }
      : {}),
    control: { department: s.departmentName, assignee: s.assigneeName, rows: controlRows(actions) },
  };
}

export interface GeneratedForm {
  bytes: Buffer;
  fileName: string;
  sha256: string | null;
}

const MEDIA_TYPE = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** Keeps a generated form in the file store and records it: for a dossier at a version, or for a period (07). */
export async function storeGeneratedForm(
  db: AnyDb,
  ctx: RequestContext,
  store: BlobStore,
  g: {
    bytes: Buffer;
    fileName: string;
    form: string;
    format: 'pdf' | 'xlsx';
    dossier: { id: string; version: number } | null;
    period: { from: string; to: string } | null;
    now: Date;
  },
): Promise<GeneratedForm> {
  const wardId = ctx.actor.wardId;
  const file = await storeFile(db, store, {
    wardId,
    bytes: g.bytes,
    name: g.fileName,
    mediaType: MEDIA_TYPE[g.format],
    kind: 'generated-form',
    actor: ctx.actor,
    requestId: ctx.requestId,
    now: g.now,
  });
  await tablesOf<DossierTables>(db)
    .insertInto('dossier_forms')
    .values({
      ward_id: wardId,
      dossier_id: g.dossier?.id ?? null,
      form: g.form,
      format: g.format,
      dossier_version: g.dossier?.version ?? null,
      period_from: g.period?.from ?? null,
      period_to: g.period?.to ?? null,
      file_id: file.id,
      sha256: file.sha256,
      generated_at: g.now,
      generated_by: ctx.actor.name,
    })
    .execute();
  return { bytes: g.bytes, fileName: g.fileName, sha256: file.sha256 };
}

export async function getDossierForm(
  db: AnyDb,
  ctx: RequestContext,
  code: string,
  form: FormNumber,
  opts: { secret?: string | undefined },
  services: DossierServices,
): Promise<GeneratedForm> {
  const wardId = ctx.actor.wardId;
  const now = services.clock.now();
  const r = await findDossierByCode(db, wardId, code);
  if (!r) throw dossierError('DOSSIER_NOT_FOUND');
  const actions = await listActions(db, wardId, r.id);
  if (
    !formsFor(
      actions.map((a) => a.type),
      stateOfRecord(r),
    ).includes(form)
  )
    throw dossierError('DOSSIER_FORM_NOT_APPLICABLE', { form });
  if (opts.secret !== undefined && hashLookupSecret(opts.secret) !== r.lookup_secret_hash)
    throw dossierError('DOSSIER_LOOKUP_FAILED');
  const fileName = `${code}-mau-${form}.pdf`;
  const t = tablesOf<DossierTables>(db);
  await recordAudit(
    db,
    ctx.actor,
    ctx.requestId,
    { action: 'dossier.form-read', targetType: 'dossier', targetId: code, details: { form } },
    now,
  );
  let stored = t
    .selectFrom('dossier_forms')
    .select(['file_id', 'sha256'])
    .where('ward_id', '=', wardId)
    .where('dossier_id', '=', r.id)
    .where('form', '=', form);
  if (form !== '01' || opts.secret === undefined) {
    if (form !== '01') stored = stored.where('dossier_version', '=', r.version);
    const previous = services.store
      ? await stored.orderBy('generated_at', 'desc').limit(1).executeTakeFirst()
      : undefined;
    if (previous && services.store) {
      const { bytes } = await readFile(db, services.store, { wardId, id: previous.file_id });
      return { bytes, fileName, sha256: previous.sha256 };
    }
  }
  const bytes = await renderDossierForm(await formDataOf(db, r, form, actions, now, services, opts.secret));
  if (!services.store) return { bytes, fileName, sha256: null };
  return storeGeneratedForm(db, ctx, services.store, {
    bytes,
    fileName,
    form,
    format: 'pdf',
    dossier: { id: r.id, version: r.version },
    period: null,
    now,
  });
}
