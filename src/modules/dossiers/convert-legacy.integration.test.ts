/** Inherited dossiers becoming live ones (the backlog's "start work"), on PGlite and PostgreSQL. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../kernel/db.ts';
import { plainDate } from '../../kernel/plain-date.ts';
import { createTestDatabase } from '../../kernel/testing/test-database.ts';
import { findStaffMember } from '../identity/index.ts';
import { convertLegacyDossier, type LegacyDossier, legacyCodeOf } from './application/convert-legacy.ts';
import { getDossierDetail } from './application/queries.ts';
import { rebuildDossier } from './application/rebuild.ts';
import { act, aWorld, type World } from './testing/builders.ts';

let database: Database;
let w: World;

beforeAll(async () => {
  database = await createTestDatabase();
  w = await aWorld(database.db);
});
afterAll(() => database.close());

const inherited = (overrides: Partial<LegacyDossier> = {}): LegacyDossier => ({
  wardId: w.wardId,
  code: `TD-2025-${Math.floor(Math.random() * 1e6)}`,
  sourceUnit: 'Phường Thảo Điền',
  procedureCode: w.procedures.restart,
  applicant: { fullName: 'Trần Thị Bích', idNumber: '079185001234', phone: '0912345678', address: '12 Quốc Hương' },
  receivedOn: plainDate('2025-06-10'),
  originalDue: plainDate('2025-06-17'),
  assigneeStaffId: w.as.specialist.actor.id!,
  ...overrides,
});
const convert = (input: LegacyDossier) => convertLegacyDossier(w.db, w.as.leader, input, w.services);
async function errorOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return undefined;
}

describe('convertLegacyDossier', () => {
  it('keeps the original code and dates, records the source unit and assigns the officer', async () => {
    w.clock.set('2026-03-02T09:00:00+07:00');
    const input = inherited();
    const { code } = await convert(input);
    expect(code).toBe(input.code);
    const d = await getDossierDetail(w.db, w.as.director, code, w.clock.now());
    expect(d).toMatchObject({
      status: 'in-progress',
      statusCode: 4,
      channel: 'counter',
      sourceUnit: 'Phường Thảo Điền',
      assigneeId: w.as.specialist.actor.id,
      applicant: { fullName: 'Trần Thị Bích', idNumber: '079185001234' },
    });
    expect(d.receivedAt).toMatch(/^2025-06-10T/);
    expect(d.appointmentAt).toMatch(/^2025-06-17T/);
    expect(d.remaining?.overdue).toBe(true);
    expect(d.actions.map((a) => [a.type, a.actorName])).toEqual([
      ['submit', 'Phường Thảo Điền'],
      ['receive', 'Phường Thảo Điền'],
      ['assign', (await findStaffMember(w.db, w.wardId, w.as.leader.actor.id!))?.fullName],
    ]);
    // The projection is the fold of the log, like any other dossier.
    expect((await rebuildDossier(w.db, w.as.admin, code, w.clock.now())).changed).toBe(false);
  });

  it('is then worked like any dossier: the assigned officer submits it for approval', async () => {
    const { code } = await convert(inherited());
    const d = await getDossierDetail(w.db, w.as.specialist, code, w.clock.now());
    expect(d.allowedActions).toContain('submit-for-approval');
    await act(w, w.as.specialist, code, { type: 'submit-for-approval' });
    expect((await getDossierDetail(w.db, w.as.leader, code, w.clock.now())).status).toBe('awaiting-approval');
  });

  it('counts the statutory time from receipt when the old record has no appointment', async () => {
    const { code } = await convert(inherited({ originalDue: null, receivedOn: plainDate('2025-06-09') }));
    const d = await getDossierDetail(w.db, w.as.director, code, w.clock.now());
    // Placed at Monday 9 June 2025's opening, 5 full working days (the test procedure) end at Friday's closing.
    expect(d.appointmentAt).toMatch(/^2025-06-13T17:00/);
    expect(d.stepDeadlines.length).toBeGreaterThan(0);
  });

  it('accepts old ID documents (9-digit CMND, none) and a code with slashes made URL-safe', async () => {
    expect(legacyCodeOf('123/BN-ĐKHT 2025')).toBe('123-BN-DKHT-2025');
    const cmnd = await convert(
      inherited({
        code: '123/BN 2025',
        applicant: { fullName: 'Lê Văn Cư', idNumber: '025123456', phone: null, address: null },
      }),
    );
    expect(cmnd.code).toBe('123-BN-2025');
    const d = await getDossierDetail(w.db, w.as.director, cmnd.code, w.clock.now());
    expect(d.applicant).toMatchObject({ idNumber: '025123456', phone: '', address: '' });
    const none = await convert(
      inherited({ applicant: { fullName: 'Võ Thị Dung', idNumber: null, phone: null, address: null } }),
    );
    expect(none.code).toMatch(/^TD-2025-/);
  });

  it('refuses a code already used in the ward, bad data and an unknown procedure, writing nothing', async () => {
    const input = inherited();
    await convert(input);
    expect(await errorOf(convert({ ...input, sourceUnit: 'Phường An Lợi Đông' }))).toBe('DOSSIER_LEGACY_CODE_TAKEN');
    expect(await errorOf(convert(inherited({ code: '///' })))).toBe('DOSSIER_LEGACY_DATA_INVALID');
    const badId = inherited({ applicant: { fullName: 'X', idNumber: '12ab', phone: null, address: null } });
    expect(await errorOf(convert(badId))).toBe('DOSSIER_LEGACY_DATA_INVALID');
    const early = inherited({ originalDue: plainDate('2025-06-01') });
    expect(await errorOf(convert(early))).toBe('DOSSIER_LEGACY_DATA_INVALID');
    const unknown = inherited({ procedureCode: 'no-such-procedure' });
    expect(await errorOf(convert(unknown))).toBe('DOSSIER_PROCEDURE_UNKNOWN');
    for (const bad of [badId, early, unknown])
      expect(await errorOf(getDossierDetail(w.db, w.as.director, bad.code, w.clock.now()))).toBe('DOSSIER_NOT_FOUND');
  });

  it('refuses to assign to someone who is not active staff of the ward', async () => {
    const input = inherited({ assigneeStaffId: '00000000-0000-4000-8000-000000000000' });
    expect(await errorOf(convert(input))).toBe('DOSSIER_ASSIGNEE_INVALID');
  });
});
