/**
 * One action on a dossier: lock the row, check the version the caller saw, decide (status, role, rules),
 * append to the log, update the projection, write the outbox and the audit entry, all in one transaction.
 */
import type { RequestContext } from '../../../kernel/actor.ts';
import { recordAudit } from '../../../kernel/audit.ts';
import { type AnyDb, inTransaction } from '../../../kernel/db.ts';
import { commonError } from '../../../kernel/errors.ts';
import { getWard, listDepartments } from '../../identity/index.ts';
import { ActionRequest } from '../contracts.ts';
import { type DecideContext, decideAction } from '../domain/decide.ts';
import { applyEffects } from '../domain/state.ts';
import { dossierError } from '../dossiers.errors.ts';
import { appendAction, findDossierByCode, stateOfRecord, updateProjection } from '../infra/repository.ts';
import { lookupUrlOf, notifyApology, notifyReceipt, notifyResultReady, notifySupplement } from './notifications.ts';
import { actorNameOf, type DossierServices, findStaffMember, loadCalendarAround, procedureClockOf } from './support.ts';

export interface ActOptions {
  /** The version the caller saw (body `version` or the If-Match header); required. */
  expectedVersion: number | undefined;
}

export async function actOnDossier(
  db: AnyDb,
  ctx: RequestContext,
  code: string,
  body: ActionRequest,
  services: DossierServices,
  opts: ActOptions,
): Promise<{ version: number; status: string }> {
  const parsed = ActionRequest.safeParse(body);
  if (!parsed.success) throw commonError('VALIDATION_FAILED', { issues: parsed.error.issues });
  const command = parsed.data;
  const expected = command.version ?? opts.expectedVersion;
  if (expected === undefined) throw dossierError('DOSSIER_VERSION_REQUIRED');
  if (command.version !== undefined && opts.expectedVersion !== undefined && command.version !== opts.expectedVersion)
    throw commonError('VERSION_CONFLICT', { body: command.version, ifMatch: opts.expectedVersion });
  const wardId = ctx.actor.wardId;
  const now = services.clock.now();

  return inTransaction(db, async (tx) => {
    const row = await findDossierByCode(tx, wardId, code, { forUpdate: true });
    if (!row) throw dossierError('DOSSIER_NOT_FOUND');
    if (row.version !== expected) throw commonError('VERSION_CONFLICT', { expected, actual: row.version });
    const state = stateOfRecord(row);
    const decideCtx: DecideContext = {
      now,
      calendar: await loadCalendarAround(tx, wardId, now),
      procedure: await procedureClockOf(tx, row.procedure_id),
      actor: { id: ctx.actor.id, name: ctx.actor.name, roles: ctx.actor.roles },
    };
    if (command.type === 'transfer') {
      const d = (await listDepartments(tx, wardId)).find((x) => x.id === command.departmentId);
      if (!d) throw dossierError('DOSSIER_DEPARTMENT_NOT_FOUND', { departmentId: command.departmentId });
      decideCtx.department = { id: d.id, name: d.name };
    }
    if (command.type === 'assign') {
      const s = await findStaffMember(tx, wardId, command.assigneeId);
      if (!s?.active || !s.roles.includes('specialist'))
        throw dossierError('DOSSIER_ASSIGNEE_INVALID', { assigneeId: command.assigneeId });
      decideCtx.assignee = { id: s.id, name: s.fullName };
    }
    const decision = decideAction(state, command, decideCtx);
    const next = applyEffects(state, decision.effects);
    const key = { wardId, id: row.id };
    await appendAction(tx, key, {
      seq: next.version,
      type: command.type,
      at: now.toISOString(),
      actorKind: ctx.actor.kind,
      actorId: ctx.actor.id,
      actorName: await actorNameOf(tx, ctx.actor),
      fromStatus: state.status,
      toStatus: next.status,
      payload: decision,
    });
    if (!(await updateProjection(tx, key, next, expected, now))) throw commonError('VERSION_CONFLICT');

    const recipient = { wardId, dossierId: row.id, phone: row.applicant_phone, email: row.applicant_email };
    const needsWard = ['receive', 'request-supplement', 'result-ready', 'apologize-and-reschedule'].includes(
      command.type,
    );
    const ward = needsWard ? await getWard(tx, wardId) : undefined;
    const facts = {
      wardName: ward?.name ?? '',
      citizenName: row.applicant_name,
      code,
      procedureName: row.procedure_name,
    };
    // An online dossier is received after it was registered: the receipt goes out now (the link without the
    // secret, which the citizen got when submitting).
    if (command.type === 'receive')
      await notifyReceipt(
        tx,
        recipient,
        {
          ...facts,
          receivedAt: now,
          appointmentAt: next.appointmentAt ? new Date(next.appointmentAt) : null,
          lookupUrl: lookupUrlOf(services.publicBaseUrl, code),
        },
        now,
      );
    if (command.type === 'request-supplement')
      await notifySupplement(tx, recipient, { ...facts, ...command, seq: next.version }, now);
    if (command.type === 'result-ready')
      await notifyResultReady(tx, recipient, { ...facts, pickupPlace: ward?.address ?? facts.wardName }, now);
    if (command.type === 'apologize-and-reschedule' && state.appointmentAt && next.appointmentAt)
      await notifyApology(
        tx,
        recipient,
        {
          ...facts,
          previousDue: new Date(state.appointmentAt),
          newDue: new Date(next.appointmentAt),
          reason: command.reason,
        },
        now,
      );
    await recordAudit(
      tx,
      ctx.actor,
      ctx.requestId,
      {
        action: `dossier.${command.type}`,
        targetType: 'dossier',
        targetId: code,
        details: { from: state.status, to: next.status, version: next.version },
      },
      now,
    );
    return { version: next.version, status: next.status };
  });
}
