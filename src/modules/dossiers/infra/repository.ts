/** SQL of the dossier tables: the projection, the action log, the daily code sequence. */
import type { Selectable } from 'kysely';
import { sql } from 'kysely';
import { type AnyDb, tablesOf } from '../../../kernel/db.ts';
import { DossierStatus, LogType, ProxyPerson, StepDeadline } from '../contracts.ts';
import { ActionPayload, type DossierState, type LoggedAction } from '../domain/state.ts';
import { PORTAL_CODE } from '../domain/workflow.ts';
import type { DossierRow, DossierTables } from './tables.ts';

export type DossierRecord = Selectable<DossierRow>;

const t = (db: AnyDb) => tablesOf<DossierTables>(db);
const isoOrNull = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/**
 * The next number of the ward's daily sequence. The row lock taken by the upsert is held until the intake
 * transaction ends, so concurrent intakes (in any process) queue behind it: numbers are never repeated, and
 * a rolled-back intake gives its number back (never skipped).
 */
export async function nextSequence(tx: AnyDb, wardId: string, localDate: string): Promise<number> {
  const r = await sql<{ last_number: number }>`
    INSERT INTO dossier_code_sequences (ward_id, local_date, last_number) VALUES (${wardId}, ${localDate}, 1)
    ON CONFLICT (ward_id, local_date) DO UPDATE SET last_number = dossier_code_sequences.last_number + 1
    RETURNING last_number`.execute(tx);
  return Number(r.rows[0]!.last_number);
}

export async function findDossierByCode(
  db: AnyDb,
  wardId: string,
  code: string,
  opts: { forUpdate?: boolean } = {},
): Promise<DossierRecord | undefined> {
  let q = t(db).selectFrom('dossiers').selectAll().where('ward_id', '=', wardId).where('code', '=', code);
  if (opts.forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

interface ClockColumn {
  pausedDue: string | null;
  resumeStatus: DossierStatus | null;
  steps: StepDeadline[];
}

export function stateOfRecord(r: DossierRecord): DossierState {
  const clock = (r.clock ?? {}) as Partial<ClockColumn>;
  return {
    status: DossierStatus.parse(r.status),
    version: r.version,
    resumeStatus: clock.resumeStatus ?? null,
    receivedAt: isoOrNull(r.received_at),
    appointmentAt: isoOrNull(r.appointment_at),
    statutoryDueAt: isoOrNull(r.statutory_due_at),
    pausedAt: isoOrNull(r.paused_at),
    pausedDue: clock.pausedDue ?? null,
    steps: StepDeadline.array().parse(clock.steps ?? []),
    departmentId: r.department_id,
    departmentName: r.department_name,
    assigneeId: r.assignee_id,
    assigneeName: r.assignee_name,
    supplementCount: r.supplement_count,
    rescheduled: r.rescheduled,
    finishedAt: isoOrNull(r.finished_at),
    returnedAt: isoOrNull(r.returned_at),
    returnMethod: (r.return_method as DossierState['returnMethod']) ?? null,
    resultNumber: r.result_number,
  };
}

export function projectionOf(s: DossierState) {
  const clock: ClockColumn = { pausedDue: s.pausedDue, resumeStatus: s.resumeStatus, steps: s.steps };
  return {
    status: s.status,
    portal_status: PORTAL_CODE[s.status],
    version: s.version,
    received_at: s.receivedAt,
    appointment_at: s.appointmentAt,
    statutory_due_at: s.statutoryDueAt,
    paused_at: s.pausedAt,
    clock: JSON.stringify(clock),
    department_id: s.departmentId,
    department_name: s.departmentName,
    assignee_id: s.assigneeId,
    assignee_name: s.assigneeName,
    supplement_count: s.supplementCount,
    rescheduled: s.rescheduled,
    finished_at: s.finishedAt,
    returned_at: s.returnedAt,
    return_method: s.returnMethod,
    result_number: s.resultNumber,
  };
}

/** The applicant as a dossier row keeps it (no e-mail: null). */
export interface StoredApplicant {
  fullName: string;
  idNumber: string;
  phone: string;
  email: string | null;
  address: string;
}

/** The applicant and the proxy as the row keeps them (the proxy is checked against its schema on the way out). */
export function applicantOf(r: DossierRecord): { applicant: StoredApplicant; proxy: ProxyPerson | null } {
  return {
    applicant: {
      fullName: r.applicant_name,
      idNumber: r.applicant_id_number,
      phone: r.applicant_phone,
      email: r.applicant_email,
      address: r.applicant_address,
    },
    proxy: r.proxy ? ProxyPerson.parse(r.proxy) : null,
  };
}

/** What a new dossier row holds besides its projection (the state after the first actions of its log). */
export interface NewDossier {
  wardId: string;
  code: string;
  procedure: { id: string; code: string | null; nameVi: string };
  channel: DossierRow['channel'];
  ticketId: string | null;
  applicant: StoredApplicant;
  proxy: ProxyPerson | null;
  lookupSecretHash: string;
  registeredAt: Date;
  createdBy: string;
  /** Predecessor unit of a dossier converted from the backlog; null for the ward's own intake. */
  sourceUnit: string | null;
  state: DossierState;
  now: Date;
}

/** Inserts the dossier row (intake and backlog conversion alike); its log is appended by the caller. */
export async function insertDossier(tx: AnyDb, d: NewDossier): Promise<{ id: string }> {
  return t(tx)
    .insertInto('dossiers')
    .values({
      ward_id: d.wardId,
      code: d.code,
      procedure_id: d.procedure.id,
      procedure_code: d.procedure.code,
      procedure_name: d.procedure.nameVi,
      channel: d.channel,
      ticket_id: d.ticketId,
      applicant_name: d.applicant.fullName,
      applicant_id_number: d.applicant.idNumber,
      applicant_phone: d.applicant.phone,
      applicant_email: d.applicant.email,
      applicant_address: d.applicant.address,
      proxy: d.proxy ? JSON.stringify(d.proxy) : null,
      lookup_secret_hash: d.lookupSecretHash,
      registered_at: d.registeredAt,
      warned_at: null,
      late_marked_at: null,
      created_by: d.createdBy,
      source_unit: d.sourceUnit,
      updated_at: d.now,
      ...projectionOf(d.state),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** Writes the projection only if nobody changed the dossier since `expectedVersion`; false otherwise. */
export async function updateProjection(
  tx: AnyDb,
  key: { wardId: string; id: string },
  state: DossierState,
  expectedVersion: number,
  now: Date,
): Promise<boolean> {
  const r = await t(tx)
    .updateTable('dossiers')
    .set({ ...projectionOf(state), updated_at: now })
    .where('ward_id', '=', key.wardId)
    .where('id', '=', key.id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function appendAction(tx: AnyDb, key: { wardId: string; id: string }, a: LoggedAction): Promise<void> {
  await t(tx)
    .insertInto('dossier_actions')
    .values({
      ward_id: key.wardId,
      dossier_id: key.id,
      seq: a.seq,
      type: a.type,
      at: a.at,
      actor_kind: a.actorKind,
      actor_id: a.actorId,
      actor_name: a.actorName,
      from_status: a.fromStatus,
      to_status: a.toStatus,
      payload: JSON.stringify(a.payload),
    })
    .execute();
}

/** The log in order; every row is checked against the action schemas on the way out. */
export async function listActions(db: AnyDb, wardId: string, dossierId: string): Promise<LoggedAction[]> {
  const rows = await t(db)
    .selectFrom('dossier_actions')
    .selectAll()
    .where('ward_id', '=', wardId)
    .where('dossier_id', '=', dossierId)
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({
    seq: r.seq,
    type: LogType.parse(r.type),
    at: new Date(r.at).toISOString(),
    actorKind: r.actor_kind,
    actorId: r.actor_id,
    actorName: r.actor_name,
    fromStatus: r.from_status === null ? null : DossierStatus.parse(r.from_status),
    toStatus: DossierStatus.parse(r.to_status),
    payload: ActionPayload.parse(r.payload),
  }));
}
