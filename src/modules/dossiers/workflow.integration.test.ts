/** The dossier lifecycle on a real database (PGlite and PostgreSQL): every path, rules, concurrency, rebuild. */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../kernel/db.ts';
import { createTestDatabase } from '../../kernel/testing/test-database.ts';
import { addWorkingTime, loadWardCalendar, workingMsBetween } from '../calendar/index.ts';
import { actOnDossier } from './application/act.ts';
import { controlRows } from './application/forms.ts';
import { getDossierDetail } from './application/queries.ts';
import { rebuildDossier } from './application/rebuild.ts';
import type { ActionRequest } from './contracts.ts';
import { findDossierByCode, listActions, stateOfRecord } from './infra/repository.ts';
import { act, aDossier, aWorld, type World } from './testing/builders.ts';

let database: Database;
let w: World;
const HOUR = 3_600_000;

beforeAll(async () => {
  database = await createTestDatabase();
  w = await aWorld(database.db);
});
afterAll(() => database.close());

const stateOf = async (code: string) => stateOfRecord((await findDossierByCode(w.db, w.wardId, code))!);
const codeOf = (e: unknown) => (e as { code?: string }).code;
async function errorOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
  } catch (e) {
    return codeOf(e);
  }
  return undefined;
}
const outbox = async (code: string) =>
  (
    await sql<{ template: string; channel: string }>`
      SELECT n.template, n.channel FROM notifications n JOIN dossiers d ON d.ward_id = n.ward_id
      WHERE d.code = ${code} AND n.dedupe_key LIKE 'dossier:' || d.id || ':%' ORDER BY n.created_at, n.template, n.channel`.execute(
      w.db,
    )
  ).rows;

describe('receive → assign → approve → sign → return', () => {
  it('walks the whole happy path with portal codes, outbox, audit and a rebuildable projection', async () => {
    w.clock.set('2026-03-02T08:00:00+07:00');
    const d = await aDossier(w)
      .transferred()
      .assigned()
      .submittedForApproval()
      .approved()
      .signed()
      .resultReady()
      .build();
    expect(d.code).toMatch(new RegExp(`^${w.agencyEid.replace(/\./g, '\\.')}-260302-\\d{4}$`));
    expect(d.status).toBe('received');
    expect(d.statusCode).toBe(2);
    expect(d.appointmentAt).toBe('2026-03-09T08:00:00+07:00'); // 5 × 8 working hours from Mon 08:00
    expect(d.lookupSecret).toMatch(/^[A-Z2-9]{10}$/);
    const returned = await act(w, w.as.receiver, d.code, { type: 'return-result', method: 'counter' });
    expect(returned).toEqual({ version: 9, status: 'returned' });
    const detail = await getDossierDetail(w.db, w.as.director, d.code, w.clock.now());
    expect(detail.statusCode).toBe(10);
    expect(detail.actions.map((a) => a.type)).toEqual([
      'submit',
      'receive',
      'transfer',
      'assign',
      'submit-for-approval',
      'approve',
      'sign-and-number',
      'result-ready',
      'return-result',
    ]);
    // English screens: the catalog's and the department's English names, also in the transfer's history line.
    expect([detail.procedureNameEn, detail.departmentNameEn]).toEqual(['Test procedure', 'Culture']);
    expect(detail.actions.find((a) => a.type === 'transfer')?.details).toMatchObject({ departmentNameEn: 'Culture' });
    // The log keeps who acted by full name (history, form 06), written when they acted.
    expect(detail.actions.slice(1, 4).map((a) => a.actorName)).toEqual([
      'Nguyễn Thị receiver',
      'Nguyễn Thị receiver',
      'Nguyễn Thị leader',
    ]);
    expect(
      controlRows(await listActions(w.db, w.wardId, (await findDossierByCode(w.db, w.wardId, d.code))!.id))[0],
    ).toMatchObject({ from: 'Nguyễn Thị receiver' });
    expect(detail.stepDeadlines.map((s) => s.step)).toEqual([
      'receive',
      'assign',
      'appraise',
      'approve',
      'sign',
      'return',
    ]);
    expect(detail.resultNumber).toBe('15/QĐ-UBND');
    expect(await outbox(d.code)).toEqual([
      { template: 'receipt', channel: 'email' },
      { template: 'receipt', channel: 'sms' },
      { template: 'result-ready', channel: 'email' },
      { template: 'result-ready', channel: 'sms' },
    ]);
    const sent = await sql<{ data: { lookupUrl?: string } }>`
      SELECT n.data FROM notifications n JOIN dossiers d ON d.ward_id = n.ward_id
      WHERE d.code = ${d.code} AND n.template = 'receipt' AND n.channel = 'sms'
        AND n.dedupe_key LIKE 'dossier:' || d.id || ':%'`.execute(w.db);
    const link = new URL(sent.rows[0]!.data.lookupUrl!);
    expect([link.pathname, link.searchParams.get('ma'), link.searchParams.get('mk')]).toEqual([
      '/tra-cuu',
      d.code,
      d.lookupSecret,
    ]);
    const audits = await sql<{ action: string }>`
      SELECT action FROM audit_log WHERE ward_id = ${w.wardId} AND target_id = ${d.code} ORDER BY seq`.execute(w.db);
    expect(audits.rows.map((r) => r.action)).toEqual([
      'dossier.create',
      'dossier.transfer',
      'dossier.assign',
      'dossier.submit-for-approval',
      'dossier.approve',
      'dossier.sign-and-number',
      'dossier.result-ready',
      'dossier.return-result',
      'dossier.read-personal',
    ]);

    const before = await stateOf(d.code);
    await sql`UPDATE dossiers SET status = 'received', assignee_id = NULL, version = 3 WHERE code = ${d.code}`.execute(
      w.db,
    );
    const rebuilt = await rebuildDossier(w.db, w.as.admin, d.code, w.clock.now());
    expect(rebuilt.changed).toBe(true);
    expect(await stateOf(d.code)).toEqual(before);
    expect((await rebuildDossier(w.db, w.as.admin, d.code, w.clock.now())).changed).toBe(false);
  });
});

describe('supplement requests', () => {
  it('pause: the appointment moves by the working time the citizen took', async () => {
    w.clock.set('2026-03-02T08:00:00+07:00');
    const d = await aDossier(w, w.procedures.pause).transferred().assigned().build();
    const before = await stateOf(d.code);
    w.clock.set('2026-03-02T09:00:00+07:00');
    await act(w, w.as.specialist, d.code, {
      type: 'request-supplement',
      missing: ['Bản sao giấy khai sinh'],
      reason: 'Thiếu giấy tờ',
    });
    expect((await stateOf(d.code)).status).toBe('supplement-requested');
    w.clock.set('2026-03-04T09:00:00+07:00');
    await act(w, w.as.receiver, d.code, { type: 'supplement-received' });
    const after = await stateOf(d.code);
    expect(after.status).toBe('in-progress');
    const cal = await loadWardCalendar(w.db, w.wardId);
    const moved = workingMsBetween(cal, new Date(before.appointmentAt!), new Date(after.appointmentAt!));
    expect(moved).toBe(
      workingMsBetween(cal, new Date('2026-03-02T09:00:00+07:00'), new Date('2026-03-04T09:00:00+07:00')),
    );
    expect(after.statutoryDueAt).toBe(after.appointmentAt);
    expect(await outbox(d.code)).toContainEqual({ template: 'supplement-request', channel: 'sms' });
    expect(
      await errorOf(act(w, w.as.specialist, d.code, { type: 'request-supplement', missing: ['x'], reason: 'y' })),
    ).toBe('DOSSIER_SUPPLEMENT_ALREADY_REQUESTED');
  });

  it('restart: the full statutory time counts again from the complete dossier', async () => {
    w.clock.set('2026-03-02T08:00:00+07:00');
    const d = await aDossier(w, w.procedures.restart).transferred().assigned().build();
    w.clock.set('2026-03-03T10:00:00+07:00');
    await act(w, w.as.specialist, d.code, {
      type: 'request-supplement',
      missing: ['Tờ khai bổ sung'],
      reason: 'Sai thông tin',
    });
    w.clock.set('2026-03-05T14:00:00+07:00');
    await act(w, w.as.receiver, d.code, { type: 'supplement-received' });
    const cal = await loadWardCalendar(w.db, w.wardId);
    const expected = addWorkingTime(cal, new Date('2026-03-05T14:00:00+07:00'), { workingDays: 5 });
    expect((await stateOf(d.code)).appointmentAt).toBe(expected.toISOString());
  });

  it('at intake: no clock until the dossier is complete, then a receipt', async () => {
    w.clock.set('2026-03-02T08:00:00+07:00');
    const d = await aDossier(w)
      .with({ outcome: 'request-supplement', missing: ['Tờ khai theo mẫu'], reason: 'Chưa có tờ khai' })
      .build();
    expect(d).toMatchObject({ status: 'supplement-requested', statusCode: 5, appointmentAt: null });
    w.clock.set('2026-03-03T08:00:00+07:00');
    await act(w, w.as.receiver, d.code, { type: 'supplement-received' });
    const s = await stateOf(d.code);
    expect(s.status).toBe('received');
    expect(s.receivedAt).toBe(new Date('2026-03-03T08:00:00+07:00').toISOString());
  });
});

describe('refusal, withdrawal, stop', () => {
  it('refuses at intake with reasons (status 3), withdraws (7) and stops (8)', async () => {
    const refused = await aDossier(w)
      .with({ outcome: 'refuse', reasons: ['Không thuộc thẩm quyền'] })
      .build();
    expect(refused).toMatchObject({ status: 'not-accepted', statusCode: 3 });
    const withdrawn = await aDossier(w).transferred().build();
    await act(w, w.as.receiver, withdrawn.code, { type: 'withdraw', reason: 'Công dân đề nghị rút' });
    expect((await stateOf(withdrawn.code)).status).toBe('withdrawn');
    const stopped = await aDossier(w).build();
    await act(w, w.as.director, stopped.code, { type: 'stop', reason: 'Dừng theo đề nghị' });
    const s = await stateOf(stopped.code);
    expect(s.status).toBe('stopped');
    expect(s.finishedAt).not.toBeNull();
  });
});

describe('late → apology → second apology refused', () => {
  it('allows exactly one reschedule, approved by a leader, with form 04 data and a notice', async () => {
    w.clock.set('2026-03-02T08:00:00+07:00');
    const d = await aDossier(w).transferred().assigned().build();
    w.clock.set('2026-03-10T09:00:00+07:00');
    const detail = await getDossierDetail(w.db, w.as.leader, d.code, w.clock.now());
    expect(detail.late).toBe(true);
    expect(detail.remaining?.vi).toMatch(/^quá hạn/);
    expect(
      await errorOf(
        act(w, w.as.specialist, d.code, { type: 'apologize-and-reschedule', reason: 'x', newDate: '2026-03-13' }),
      ),
    ).toBe('DOSSIER_ACTION_NOT_ALLOWED');
    expect(
      await errorOf(
        act(w, w.as.leader, d.code, { type: 'apologize-and-reschedule', reason: 'x', newDate: '2026-03-14' }),
      ),
    ).toBe('DOSSIER_NEW_DATE_INVALID');
    await act(w, w.as.leader, d.code, {
      type: 'apologize-and-reschedule',
      reason: 'Chờ xác minh',
      newDate: '2026-03-13',
    });
    const s = await stateOf(d.code);
    expect(s.rescheduled).toBe(true);
    expect(s.appointmentAt).toBe(new Date('2026-03-13T17:00:00+07:00').toISOString());
    expect(s.statutoryDueAt).not.toBe(s.appointmentAt);
    expect(await outbox(d.code)).toContainEqual({ template: 'apology', channel: 'sms' });
    expect(
      await errorOf(
        act(w, w.as.leader, d.code, { type: 'apologize-and-reschedule', reason: 'y', newDate: '2026-03-20' }),
      ),
    ).toBe('DOSSIER_ALREADY_RESCHEDULED');
  });
});

describe('rules on who and when', () => {
  it('refuses a wrong role, a specialist not assigned, a wrong state and a stale version', async () => {
    w.clock.set('2026-03-02T08:00:00+07:00');
    const d = await aDossier(w).transferred().assigned().build();
    expect(await errorOf(act(w, w.as.receiver, d.code, { type: 'approve' }))).toBe('DOSSIER_WRONG_STATE');
    expect(await errorOf(act(w, w.as.receiver, d.code, { type: 'submit-for-approval' }))).toBe(
      'DOSSIER_ACTION_NOT_ALLOWED',
    );
    expect(await errorOf(act(w, w.otherSpecialist, d.code, { type: 'submit-for-approval' }))).toBe(
      'DOSSIER_NOT_ASSIGNED_TO_YOU',
    );
    expect(await errorOf(act(w, w.as.viewer, d.code, { type: 'submit-for-approval' }))).toBe(
      'DOSSIER_ACTION_NOT_ALLOWED',
    );
    const stale = actOnDossier(w.db, w.as.specialist, d.code, { type: 'submit-for-approval', version: 1 }, w.services, {
      expectedVersion: undefined,
    });
    expect(await errorOf(stale)).toBe('VERSION_CONFLICT');
    const noVersion = actOnDossier(w.db, w.as.specialist, d.code, { type: 'submit-for-approval' }, w.services, {
      expectedVersion: undefined,
    });
    expect(await errorOf(noVersion)).toBe('DOSSIER_VERSION_REQUIRED');
    expect(await errorOf(act(w, w.as.leader, d.code, { type: 'assign', assigneeId: w.as.clerk.actor.id! }))).toBe(
      'DOSSIER_ASSIGNEE_INVALID',
    );
  });

  it('awaiting approval, only a leader may refuse after appraisal; the specialist no longer sees the action', async () => {
    w.clock.set('2026-03-02T08:00:00+07:00');
    const d = await aDossier(w).transferred().assigned().submittedForApproval().build();
    const refuse: ActionRequest = { type: 'reject-after-appraisal', reasons: ['Không đủ điều kiện'] };
    expect(await errorOf(act(w, w.as.specialist, d.code, refuse))).toBe('DOSSIER_ACTION_NOT_ALLOWED');
    const seen = await getDossierDetail(w.db, w.as.specialist, d.code, w.clock.now());
    expect(seen.allowedActions).not.toContain('reject-after-appraisal');
    const byLeader = await getDossierDetail(w.db, w.as.leader, d.code, w.clock.now());
    expect(byLeader.allowedActions).toContain('reject-after-appraisal');
    expect(await act(w, w.as.leader, d.code, refuse)).toMatchObject({ status: 'rejected' });
  });

  it('two concurrent actions on one dossier: one wins, the other gets a version conflict', async () => {
    const d = await aDossier(w).transferred().assigned().submittedForApproval().build();
    const version = (await stateOf(d.code)).version;
    const attempt = (who: World['as']['leader'], type: 'approve' | 'return-for-rework') =>
      actOnDossier(
        w.db,
        who,
        d.code,
        type === 'approve' ? { type, version } : { type, version, reason: 'Làm lại' },
        w.services,
        { expectedVersion: undefined },
      ).then(
        () => 'ok',
        (e) => codeOf(e),
      );
    const results = await Promise.all([attempt(w.as.leader, 'approve'), attempt(w.as.director, 'return-for-rework')]);
    expect(results.sort()).toEqual(['VERSION_CONFLICT', 'ok']);
    const s = await stateOf(d.code);
    expect(s.version).toBe(version + 1);
    const log = await sql<{ n: number }>`SELECT count(*)::int AS n FROM dossier_actions a JOIN dossiers d
      ON d.ward_id = a.ward_id AND d.id = a.dossier_id WHERE d.code = ${d.code}`.execute(w.db);
    expect(log.rows[0]!.n).toBe(version + 1);
  });
});

describe('consultation excluded from the clock', () => {
  it('pauses while waiting for opinions and gives the time back', async () => {
    w.clock.set('2026-03-02T08:00:00+07:00');
    const d = await aDossier(w, w.procedures.consult).transferred().assigned().build();
    const before = await stateOf(d.code);
    await act(w, w.as.specialist, d.code, { type: 'request-consultation', bodies: ['Công an phường'] });
    expect((await stateOf(d.code)).pausedAt).not.toBeNull();
    w.clock.advance(24 * HOUR);
    await act(w, w.as.specialist, d.code, { type: 'consultation-received' });
    const after = await stateOf(d.code);
    expect(after.status).toBe('in-progress');
    const cal = await loadWardCalendar(w.db, w.wardId);
    expect(workingMsBetween(cal, new Date(before.appointmentAt!), new Date(after.appointmentAt!))).toBe(8 * HOUR);
  });
});
