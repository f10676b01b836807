/**
 * A dossier inherited from a predecessor unit becomes a live dossier when an officer starts work on it (the
 * backlog module calls this through its DossierConversion port, inside its own transaction). It keeps the old
 * system's code and dates: the log says it was registered and received by the source unit on the original date
 * with the original appointment (or, without one, the procedure's statutory time counted from receipt), then
 * assigned to the officer now. No code number is drawn from the ward's daily sequence and nobody is notified.
 */
import type { RequestContext } from '../../../kernel/actor.ts';
import { recordAudit } from '../../../kernel/audit.ts';
import { type AnyDb, tablesOf } from '../../../kernel/db.ts';
import type { PlainDate } from '../../../kernel/plain-date.ts';
import { loadWardCalendar, localDateOf, receivingIntervals, type WorkCalendar } from '../../calendar/index.ts';
import { findProcedure } from '../../catalog/index.ts';
import { findStaffMember } from '../../identity/index.ts';
import { hashLookupSecret, newLookupSecret } from '../domain/codes.ts';
import { appointmentFrom, closingOf, stepDeadlinesFrom } from '../domain/deadlines.ts';
import { applyEffects, type Effects, INITIAL_STATE, type LoggedAction } from '../domain/state.ts';
import { dossierError } from '../dossiers.errors.ts';
import { appendAction, insertDossier } from '../infra/repository.ts';
import type { DossierTables } from '../infra/tables.ts';
import { actorNameOf, type DossierServices } from './support.ts';

/** What the backlog knows of an inherited dossier (structurally the backlog's LegacyDossierInput). */
export interface LegacyDossier {
  wardId: string;
  /** The old system's mã hồ sơ / số biên nhận. */
  code: string;
  sourceUnit: string;
  procedureCode: string;
  applicant: { fullName: string; idNumber: string | null; phone: string | null; address: string | null };
  receivedOn: PlainDate;
  originalDue: PlainDate | null;
  assigneeStaffId: string;
}

const LEGACY_ID = /^([0-9]{9}|[0-9]{12}|[A-Z][0-9]{7,8})?$/;

/** The old code made URL-safe (it is the public key of the dossier): diacritics dropped, `/` and spaces → `-`. */
export function legacyCodeOf(original: string): string {
  return original
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^0-9A-Za-z._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 60);
}

/** Opening of the office on `date` (a date-only record is placed at the start of that day's receiving hours). */
function openingOf(calendar: WorkCalendar, date: PlainDate): Date {
  const first = receivingIntervals(calendar, date)[0];
  return new Date(Date.parse(`${date}T00:00:00+07:00`) + (first?.start ?? 0) * 60_000);
}

export async function convertLegacyDossier(
  db: AnyDb,
  ctx: RequestContext,
  input: LegacyDossier,
  services: Pick<DossierServices, 'clock'>,
): Promise<{ code: string }> {
  const wardId = ctx.actor.wardId;
  if (input.wardId !== wardId) throw dossierError('DOSSIER_NOT_FOUND');
  const code = legacyCodeOf(input.code);
  const idNumber = input.applicant.idNumber ?? '';
  if (!code) throw dossierError('DOSSIER_LEGACY_DATA_INVALID', { field: 'code', value: input.code });
  if (!LEGACY_ID.test(idNumber)) throw dossierError('DOSSIER_LEGACY_DATA_INVALID', { field: 'idNumber' });
  if (input.originalDue && input.originalDue < input.receivedOn)
    throw dossierError('DOSSIER_LEGACY_DATA_INVALID', { field: 'originalDue', reason: 'before receivedOn' });
  const procedure = await findProcedure(db, input.procedureCode);
  if (!procedure) throw dossierError('DOSSIER_PROCEDURE_UNKNOWN', { procedureCode: input.procedureCode });
  const assignee = await findStaffMember(db, wardId, input.assigneeStaffId);
  if (!assignee?.active) throw dossierError('DOSSIER_ASSIGNEE_INVALID', { staffId: input.assigneeStaffId });
  const t = tablesOf<DossierTables>(db);
  const taken = await t
    .selectFrom('dossiers')
    .select('source_unit')
    .where('ward_id', '=', wardId)
    .where('code', '=', code)
    .executeTakeFirst();
  if (taken) throw dossierError('DOSSIER_LEGACY_CODE_TAKEN', { code, sourceUnit: taken.source_unit });

  const now = services.clock.now();
  const fromYear = Math.min(Number(input.receivedOn.slice(0, 4)), Number(localDateOf(now).slice(0, 4)) - 1);
  const calendar = await loadWardCalendar(db, wardId, { from: fromYear, to: Number(localDateOf(now).slice(0, 4)) + 2 });
  const receivedAt = openingOf(calendar, input.receivedOn);
  const due = input.originalDue
    ? closingOf(calendar, input.originalDue)
    : appointmentFrom(calendar, receivedAt, procedure.processingTime.duration);
  const source = { actorKind: 'system', actorId: null, actorName: input.sourceUnit } as const;
  const legacy = { sourceUnit: input.sourceUnit, originalCode: input.code };
  const steps: Array<{
    type: LoggedAction['type'];
    at: Date;
    by: Pick<LoggedAction, 'actorKind' | 'actorId' | 'actorName'>;
    details: Record<string, unknown>;
    effects: Effects;
  }> = [
    {
      type: 'submit',
      at: receivedAt,
      by: source,
      details: { channel: 'counter', legacy },
      effects: { status: 'submitted' },
    },
    {
      type: 'receive',
      at: receivedAt,
      by: source,
      details: { legacy },
      effects: {
        status: 'received',
        receivedAt: receivedAt.toISOString(),
        appointmentAt: due ? due.toISOString() : null,
        statutoryDueAt: due ? due.toISOString() : null,
        steps: stepDeadlinesFrom(calendar, receivedAt, due, procedure.clockRules),
      },
    },
    {
      type: 'assign',
      at: now,
      by: {
        actorKind: ctx.actor.kind === 'staff' ? 'staff' : 'system',
        actorId: ctx.actor.id,
        actorName: await actorNameOf(db, ctx.actor),
      },
      details: { assignee: assignee.fullName, from: 'backlog' },
      effects: { status: 'in-progress', assigneeId: assignee.id, assigneeName: assignee.fullName },
    },
  ];
  let state = INITIAL_STATE;
  const log: LoggedAction[] = steps.map((s, i) => {
    const next = applyEffects(state, s.effects);
    const entry: LoggedAction = {
      seq: i + 1,
      type: s.type,
      at: s.at.toISOString(),
      ...s.by,
      fromStatus: i === 0 ? null : state.status,
      toStatus: next.status,
      payload: { details: s.details, effects: s.effects },
    };
    state = next;
    return entry;
  });

  const row = await insertDossier(db, {
    wardId,
    code,
    procedure,
    channel: 'counter',
    ticketId: null,
    applicant: {
      fullName: input.applicant.fullName,
      idNumber,
      phone: input.applicant.phone ?? '',
      email: null,
      address: input.applicant.address ?? '',
    },
    proxy: null,
    lookupSecretHash: hashLookupSecret(newLookupSecret()),
    registeredAt: receivedAt,
    createdBy: ctx.actor.name,
    sourceUnit: input.sourceUnit,
    state,
    now,
  });
  for (const a of log) await appendAction(db, { wardId, id: row.id }, a);
  await recordAudit(
    db,
    ctx.actor,
    ctx.requestId,
    { action: 'dossier.convert-legacy', targetType: 'dossier', targetId: code, details: legacy },
    now,
  );
  return { code };
}
