/**
 * Builders for dossier tests: a ward with one person per role and test procedures (`aWorld`), intake bodies
 * (`anIntake`) and dossiers walked through the real use cases (`aDossier(w).received().assigned()…`).
 * Ward, staff and procedures are inserted with plain SQL (other modules' testing helpers are off limits).
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { type RequestContext, systemActor } from '../../../kernel/actor.ts';
import { fixedClock } from '../../../kernel/clock.ts';
import type { AnyDb } from '../../../kernel/db.ts';
import type { ClockRules, Duration } from '../../catalog/index.ts';
import { createToken } from '../../identity/index.ts';
import { actOnDossier } from '../application/act.ts';
import { createDossier } from '../application/intake.ts';
import type { DossierServices } from '../application/support.ts';
import type { ActionRequest, IntakeRequest, IntakeResult } from '../contracts.ts';
import { findDossierByCode } from '../infra/repository.ts';

export const ROLES = ['admin', 'director', 'leader', 'receiver', 'specialist', 'clerk', 'advisor', 'viewer'] as const;
export type TestRole = (typeof ROLES)[number];

/** Monday 2 March 2026, 08:00 in Vietnam: an ordinary working day. */
export const MONDAY_0800 = '2026-03-02T08:00:00+07:00';

export interface World {
  db: AnyDb;
  wardId: string;
  wardName: string;
  agencyEid: string;
  departmentId: string;
  clock: ReturnType<typeof fixedClock>;
  services: DossierServices;
  as: Record<TestRole, RequestContext>;
  /** A second specialist (not assigned), for assignment checks. */
  otherSpecialist: RequestContext;
  procedures: { restart: string; pause: string; consult: string; sameDay: string };
}

function procedureRow(id: string, duration: Duration, rules: Partial<ClockRules>) {
  const clockRules: ClockRules = {
    supplement: 'restart',
    excludeConsultation: false,
    stepPlan: [
      { step: 'receive', share: 0.05 },
      { step: 'assign', share: 0.05 },
      { step: 'appraise', share: 0.5 },
      { step: 'approve', share: 0.2 },
      { step: 'sign', share: 0.1 },
      { step: 'return', share: 0.1 },
    ],
    ...rules,
  };
  const documents = [
    { name: 'Tờ khai theo mẫu', originals: 1, copies: 0, required: true, condition: null },
    { name: 'Giấy tờ chứng minh nơi cư trú', originals: 0, copies: 1, required: true, condition: null },
    { name: 'Giấy ủy quyền', originals: 1, copies: 0, required: true, condition: 'Trường hợp ủy quyền' },
  ];
  return sql`
    INSERT INTO catalog_procedures (id, code, name_vi, name_en, field, level, handling_body, handled_at_center,
      channels, processing_time_text, processing_time, processing_time_source, time_needs_review, documents,
      fully_sourced, clock_rules, seed_hash)
    VALUES (${id}, NULL, ${`Thủ tục thử nghiệm đăng ký việc ${id}`}, 'Test procedure', 'Hộ tịch', 'ward', 'UBND cấp xã', true,
      '["counter","online"]'::jsonb, 'theo quy định', ${JSON.stringify(duration)}::jsonb, 'admin', false,
      ${JSON.stringify(documents)}::jsonb, true, ${JSON.stringify(clockRules)}::jsonb, 'test')
    ON CONFLICT (id) DO NOTHING`;
}

async function insertStaff(db: AnyDb, wardId: string, role: TestRole, departmentId: string): Promise<RequestContext> {
  const username = `${role}-${randomBytes(4).toString('hex')}`;
  const r = await sql<{ id: string }>`
    INSERT INTO staff (ward_id, username, full_name, department_id, roles, password_hash)
    VALUES (${wardId}, ${username}, ${`Nguyễn Thị ${role}`}, ${departmentId}, ${[role]}, 'x') RETURNING id`.execute(db);
  const id = r.rows[0]!.id;
  return { actor: { kind: 'staff', id, name: username, wardId, roles: [role] }, requestId: null };
}

/** Pass the HTTP app's clock (createTestApp) when the world is used over HTTP: the world sets it to `at`. */
export async function aWorld(
  db: AnyDb,
  opts: { at?: string; agencyEid?: string; clock?: ReturnType<typeof fixedClock> } = {},
): Promise<World> {
  const suffix = randomBytes(3).toString('hex');
  const agencyEid = opts.agencyEid ?? `000.00.${suffix}.H29`;
  const wardName = `Phường An Khánh ${suffix}`;
  const ward = await sql<{ id: string }>`
    INSERT INTO wards (code, name, name_en, agency_eid, province, address, phone)
    VALUES (${`dossier-${suffix}`}, ${wardName}, 'An Khanh Ward', ${agencyEid}, 'Thành phố Hồ Chí Minh',
      '1 Đường Số 1, Phường An Khánh', '02838000000') RETURNING id`.execute(db);
  const wardId = ward.rows[0]!.id;
  const dept = await sql<{ id: string }>`
    INSERT INTO departments (ward_id, code, name, name_en) VALUES (${wardId}, 'vhxh', 'Phòng Văn hóa - Xã hội', 'Culture')
    RETURNING id`.execute(db);
  const departmentId = dept.rows[0]!.id;
  const as = {} as Record<TestRole, RequestContext>;
  for (const role of ROLES) as[role] = await insertStaff(db, wardId, role, departmentId);
  const otherSpecialist = await insertStaff(db, wardId, 'specialist', departmentId);
  const procedures = {
    restart: 'zz-test-restart-5d',
    pause: 'zz-test-pause-5d',
    consult: 'zz-test-consult-5d',
    sameDay: 'zz-test-same-day',
  };
  await procedureRow(procedures.restart, { kind: 'working_days', value: 5 }, { supplement: 'restart' }).execute(db);
  await procedureRow(procedures.pause, { kind: 'working_days', value: 5 }, { supplement: 'pause' }).execute(db);
  await procedureRow(procedures.consult, { kind: 'working_days', value: 5 }, { excludeConsultation: true }).execute(db);
  await procedureRow(procedures.sameDay, { kind: 'same_day', cutoff: '15:00' }, {}).execute(db);
  const clock = opts.clock ?? fixedClock(opts.at ?? MONDAY_0800);
  clock.set(opts.at ?? MONDAY_0800);
  return {
    db,
    wardId,
    wardName,
    agencyEid,
    departmentId,
    clock,
    services: { clock, publicBaseUrl: 'https://motcua.test' },
    as,
    otherSpecialist,
    procedures,
  };
}

/** A complete counter intake of `procedure` (both required documents ticked). */
export function anIntake(procedure: string, overrides: Partial<IntakeRequest> = {}): IntakeRequest {
  return {
    procedureCode: procedure,
    channel: 'counter',
    applicant: {
      fullName: 'Nguyễn Văn An',
      idNumber: '079123456789',
      phone: '0912 345 678',
      email: 'an.nguyen@example.test',
      address: '12 Trần Não, Phường An Khánh, TP. Hồ Chí Minh',
    },
    documents: [
      { documentId: 'doc-1', name: 'Tờ khai theo mẫu', kind: 'original', count: 1 },
      { documentId: 'doc-2', name: 'Giấy tờ chứng minh nơi cư trú', kind: 'copy', count: 1 },
    ],
    ...overrides,
  };
}

/** Takes `command` as `who` on the dossier's current version. */
export async function act(w: World, who: RequestContext, code: string, command: ActionRequest) {
  const row = await findDossierByCode(w.db, w.wardId, code);
  if (!row) throw new Error(`no dossier ${code}`);
  return actOnDossier(w.db, who, code, { ...command, version: row.version } as ActionRequest, w.services, {
    expectedVersion: undefined,
  });
}

const HOUR = 3_600_000;

/** `await aDossier(w).received().assigned().submittedForApproval().approved().signed().build()`. */
export function aDossier(w: World, procedure = w.procedures.restart) {
  const steps: ((code: string) => Promise<unknown>)[] = [];
  let intake: IntakeRequest = anIntake(procedure);
  const step = (f: (code: string) => Promise<unknown>) => {
    steps.push(f);
    return builder;
  };
  const builder = {
    with(overrides: Partial<IntakeRequest>) {
      intake = { ...intake, ...overrides };
      return builder;
    },
    received: () => builder,
    submittedOnline() {
      intake = { ...intake, channel: 'online', outcome: 'submit' };
      return builder;
    },
    transferred: () => step((c) => act(w, w.as.receiver, c, { type: 'transfer', departmentId: w.departmentId })),
    assigned: () => step((c) => act(w, w.as.leader, c, { type: 'assign', assigneeId: w.as.specialist.actor.id! })),
    submittedForApproval: () => step((c) => act(w, w.as.specialist, c, { type: 'submit-for-approval' })),
    approved: () => step((c) => act(w, w.as.leader, c, { type: 'approve' })),
    signed: () => step((c) => act(w, w.as.clerk, c, { type: 'sign-and-number', resultNumber: '15/QĐ-UBND' })),
    resultReady: () => step((c) => act(w, w.as.receiver, c, { type: 'result-ready' })),
    /** Moves the clock forward by working-day-ish hours of wall time. */
    after: (hours: number) =>
      step(async () => {
        w.clock.advance(hours * HOUR);
      }),
    async build(): Promise<IntakeResult> {
      const created = await createDossier(
        w.db,
        intake.channel === 'field' ? w.as.advisor : w.as.receiver,
        intake,
        w.services,
      );
      for (const s of steps) await s(created.code);
      return created;
    },
  };
  return builder;
}

/** A bearer token for a staff member of the world (HTTP tests). */
export async function aBearerFor(db: AnyDb, wardId: string, staffId: string): Promise<string> {
  const created = await createToken(db, { actor: systemActor(wardId), requestId: null }, { label: 'test', staffId });
  return created.token;
}
