/**
 * Intake from every channel: the officer (or advisor in the field) picks the procedure, ticks the documents,
 * records the applicant, and receives, requests a supplement, refuses, or only registers (online). One
 * transaction: the daily code number, the dossier, its documents, the log, the outbox and the audit entry.
 */
import type { z } from 'zod';
import type { RequestContext } from '../../../kernel/actor.ts';
import { recordAudit } from '../../../kernel/audit.ts';
import { type AnyDb, inTransaction, tablesOf } from '../../../kernel/db.ts';
import { commonError } from '../../../kernel/errors.ts';
import { formatInstantVn, localDateOf } from '../../calendar/index.ts';
import { findProcedure, type Procedure, requiredDocumentsOf } from '../../catalog/index.ts';
import { getFileInfo } from '../../files/index.ts';
import { getWard } from '../../identity/index.ts';
import { type ActionRequest, IntakeRequest, type IntakeResult } from '../contracts.ts';
import { formatDossierCode, hashLookupSecret, newLookupSecret } from '../domain/codes.ts';
import { decideAction } from '../domain/decide.ts';
import { applyEffects, INITIAL_STATE, type LoggedAction } from '../domain/state.ts';
import { PORTAL_CODE } from '../domain/workflow.ts';
import { dossierError } from '../dossiers.errors.ts';
import { appendAction, insertDossier, nextSequence } from '../infra/repository.ts';
import type { DossierTables } from '../infra/tables.ts';
import { lookupUrlOf, notifyReceipt, notifySupplement } from './notifications.ts';
import { actorNameOf, type DossierServices, loadCalendarAround } from './support.ts';

/** Who takes dossiers in: one-stop officers at the counter, advisors in the field. */
export const INTAKE_ROLES: readonly string[] = ['receiver', 'advisor'];

export type ParsedIntake = z.output<typeof IntakeRequest>;
type Parsed = ParsedIntake;

function outcomeCommand(input: Parsed): ActionRequest | undefined {
  switch (input.outcome) {
    case 'submit':
      return undefined;
    case 'receive':
      return { type: 'receive' };
    case 'request-supplement':
      if (!input.missing || !input.reason)
        throw dossierError('DOSSIER_OUTCOME_INCOMPLETE', { need: ['missing', 'reason'] });
      return { type: 'request-supplement', missing: input.missing, reason: input.reason };
    case 'refuse': {
      const reasons = input.reasons ?? (input.reason ? [input.reason] : undefined);
      if (!reasons) throw dossierError('DOSSIER_OUTCOME_INCOMPLETE', { need: ['reasons'] });
      return { type: 'refuse', reasons };
    }
  }
}

/** Every document must be on the checklist (or extra, without id); receiving needs every required one. */
function checkDocuments(procedure: Procedure, input: Parsed): void {
  const checklist = requiredDocumentsOf(procedure.documents);
  const byId = new Map(checklist.map((d) => [d.id, d]));
  for (const d of input.documents)
    if (d.documentId && !byId.has(d.documentId))
      throw dossierError('DOSSIER_DOCUMENT_UNKNOWN', { documentId: d.documentId });
  if (input.outcome !== 'receive') return;
  const missing = checklist.filter((need) => {
    if (!need.required || need.condition !== null) return false;
    const given = input.documents.filter((d) => d.documentId === need.id);
    const enough = given.filter((d) => need.kind === 'copy' || d.kind !== 'copy').reduce((n, d) => n + d.count, 0);
    return enough < 1;
  });
  if (missing.length > 0)
    throw dossierError('DOSSIER_MISSING_DOCUMENTS', {
      missing: missing.map((m) => ({ documentId: m.id, name: m.name, kind: m.kind })),
    });
}

export async function createDossier(
  db: AnyDb,
  ctx: RequestContext,
  body: IntakeRequest,
  services: DossierServices,
): Promise<IntakeResult> {
  const parsed = IntakeRequest.safeParse(body);
  if (!parsed.success) throw commonError('VALIDATION_FAILED', { issues: parsed.error.issues });
  if (!ctx.actor.roles.some((r) => INTAKE_ROLES.includes(r)))
    throw dossierError('DOSSIER_ACTION_NOT_ALLOWED', { action: 'intake' });
  return registerDossier(db, ctx, parsed.data, services);
}

/**
 * Registers a parsed intake (the caller checked who may): staff intake above, and the citizen's online
 * submission (application/online.ts), which only registers (`outcome: 'submit'`).
 */
export async function registerDossier(
  db: AnyDb,
  ctx: RequestContext,
  input: Parsed,
  services: DossierServices,
  check?: (procedure: Procedure) => void,
): Promise<IntakeResult> {
  const wardId = ctx.actor.wardId;
  const command = outcomeCommand(input);
  const procedure = await findProcedure(db, input.procedureCode);
  if (!procedure) throw dossierError('DOSSIER_PROCEDURE_UNKNOWN', { procedureCode: input.procedureCode });
  if (!procedure.handledAtCenter)
    throw dossierError('DOSSIER_PROCEDURE_NOT_AT_CENTER', { whereToGo: procedure.whereToGo });
  checkDocuments(procedure, input);
  check?.(procedure);
  const scans = new Map<string, boolean>();
  for (const d of input.documents) {
    if (!d.fileId) continue;
    const file = await getFileInfo(db, wardId, d.fileId).catch(() => undefined);
    if (!file) throw dossierError('DOSSIER_FILE_NOT_FOUND', { fileId: d.fileId });
    scans.set(d.fileId, file.kind === 'scan');
  }
  const now = services.clock.now();
  const [ward, calendar] = [await getWard(db, wardId), await loadCalendarAround(db, wardId, now)];
  const clock = { duration: procedure.processingTime.duration, clockRules: procedure.clockRules };
  const secret = newLookupSecret();
  const actor = { id: ctx.actor.id, name: ctx.actor.name, roles: ctx.actor.roles };
  const actorName = await actorNameOf(db, ctx.actor);

  return inTransaction(db, async (tx) => {
    const localDate = localDateOf(now);
    const code = formatDossierCode(ward.agencyEid, localDate, await nextSequence(tx, wardId, localDate));
    const log: LoggedAction[] = [];
    const actorOf = { actorKind: ctx.actor.kind, actorId: ctx.actor.id, actorName } as const;
    const submitted = { details: { channel: input.channel }, effects: { status: 'submitted' as const } };
    let state = applyEffects(INITIAL_STATE, submitted.effects);
    log.push({
      seq: 1,
      type: 'submit',
      at: now.toISOString(),
      ...actorOf,
      fromStatus: null,
      toStatus: 'submitted',
      payload: submitted,
    });
    if (command) {
      const decision = decideAction(state, command, { now, calendar, procedure: clock, actor });
      const next = applyEffects(state, decision.effects);
      log.push({
        seq: 2,
        type: command.type,
        at: now.toISOString(),
        ...actorOf,
        fromStatus: state.status,
        toStatus: next.status,
        payload: decision,
      });
      state = next;
    }
    const row = await insertDossier(tx, {
      wardId,
      code,
      procedure,
      channel: input.channel,
      ticketId: input.ticketId ?? null,
      applicant: { ...input.applicant, email: input.applicant.email ?? null },
      proxy: input.proxy ?? null,
      lookupSecretHash: hashLookupSecret(secret),
      registeredAt: now,
      createdBy: ctx.actor.name,
      sourceUnit: null,
      state,
      now,
    });
    const key = { wardId, id: row.id };
    for (const a of log) await appendAction(tx, key, a);
    if (input.documents.length > 0)
      await tablesOf<DossierTables>(tx)
        .insertInto('dossier_documents')
        .values(
          input.documents.map((d, i) => ({
            ward_id: wardId,
            dossier_id: row.id,
            position: i + 1,
            document_id: d.documentId ?? null,
            name: d.name,
            kind: d.kind,
            count: d.count,
            file_id: d.fileId ?? null,
            scanned: d.fileId ? (scans.get(d.fileId) ?? false) : false,
            added_at: now,
          })),
        )
        .execute();
    const recipient = { wardId, dossierId: row.id, phone: input.applicant.phone, email: input.applicant.email ?? null };
    const facts = { wardName: ward.name, citizenName: input.applicant.fullName, code, procedureName: procedure.nameVi };
    if (state.status === 'received')
      await notifyReceipt(
        tx,
        recipient,
        {
          ...facts,
          receivedAt: now,
          appointmentAt: state.appointmentAt ? new Date(state.appointmentAt) : null,
          lookupUrl: lookupUrlOf(services.publicBaseUrl, code, secret),
        },
        now,
      );
    if (command?.type === 'request-supplement')
      await notifySupplement(
        tx,
        recipient,
        { ...facts, missing: command.missing, reason: command.reason, seq: 2 },
        now,
      );
    await recordAudit(
      tx,
      ctx.actor,
      ctx.requestId,
      {
        action: 'dossier.create',
        targetType: 'dossier',
        targetId: code,
        details: { procedure: procedure.id, channel: input.channel, outcome: input.outcome },
      },
      now,
    );
    return {
      code,
      status: state.status,
      statusCode: PORTAL_CODE[state.status],
      appointmentAt: state.appointmentAt ? formatInstantVn(new Date(state.appointmentAt)) : null,
      lookupSecret: secret,
      version: state.version,
    };
  });
}
