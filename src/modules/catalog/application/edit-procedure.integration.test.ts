import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../kernel/db.ts';
import { isDomainError } from '../../../kernel/errors.ts';
import { createTestDatabase } from '../../../kernel/testing/test-database.ts';
import type { ClockRules } from '../contracts.ts';
import { toPublicProcedure } from '../domain/review.ts';
import { fixtureRecords, removeSeedFiles, seedText, writeSeedFile } from '../testing/builders.ts';
import { updateProcedure, verifyProcedureFields } from './edit-procedure.ts';
import { importCatalog } from './import-catalog.ts';
import { getProcedure, getPublicProcedure, listProcedures, listReviewQueue } from './procedures.ts';
import { searchCatalog } from './search.ts';

const codeOf = (e: unknown) => (isDomainError(e) ? e.code : String(e));

describe('catalog administration', () => {
  let database: Database;
  let file: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    file = await writeSeedFile('fixture.jsonl', seedText(fixtureRecords()));
    await importCatalog(database.db, { files: [file] });
  });
  afterAll(async () => {
    await database?.close();
    await removeSeedFiles();
  });

  it('lists with filters', async () => {
    expect((await listProcedures(database.db)).map((p) => p.id)).toEqual([
      '27-chung-thuc-di-chuc',
      '65-dang-ky-thuong-tru',
      '01-dang-ky-khai-sinh',
    ]);
    expect((await listProcedures(database.db, { field: 'Cư trú' })).map((p) => p.id)).toEqual([
      '65-dang-ky-thuong-tru',
    ]);
    expect((await listProcedures(database.db, { verified: false })).map((p) => p.id)).toEqual([
      '27-chung-thuc-di-chuc',
    ]);
    expect((await listProcedures(database.db, { needsReview: false })).length).toBe(2);
    expect((await listProcedures(database.db, { level: 'province' })).length).toBe(0);
    await expect(listProcedures(database.db, { limit: 0 })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('updates with optimistic concurrency: a stale version is refused and nothing changes', async () => {
    const before = await getProcedure(database.db, '1.001193');
    const updated = await updateProcedure(database.db, 'admin', before.id, {
      version: before.version,
      processingTime: { text: '03 ngày làm việc', duration: { kind: 'working_days', value: 3 } },
      clockRules: { supplement: 'pause', excludeConsultation: true, stepPlan: [{ step: 'appraise', share: 1 }] },
      synonyms: ['làm khai sinh cho bé'],
    });
    expect(updated).toMatchObject({
      version: before.version + 1,
      updatedBy: 'admin',
      processingTime: { source: 'admin', needsReview: false },
    });
    expect(updated.clockRules.supplement).toBe('pause');

    const stale = await updateProcedure(database.db, 'other', before.id, {
      version: before.version,
      feeText: 'x',
    }).catch(codeOf);
    expect(stale).toBe('VERSION_CONFLICT');
    expect((await getProcedure(database.db, before.id)).feeText).toBe('Miễn lệ phí');
    // The edit reached the search index (synonym) and survives a forced re-import of the seed.
    expect((await searchCatalog(database.db, { q: 'làm khai sinh cho bé' }))[0]?.id).toBe(before.id);
    const reimport = await importCatalog(database.db, { files: [file], force: true });
    expect(reimport.procedures).toMatchObject({ unchanged: 3 });
    expect((await getProcedure(database.db, before.id)).processingTime.duration).toEqual({
      kind: 'working_days',
      value: 3,
    });
  });

  it('rejects invalid updates', async () => {
    const p = await getProcedure(database.db, '1.001193');
    const bad: ClockRules = {
      supplement: 'pause',
      excludeConsultation: false,
      stepPlan: [{ step: 'appraise', share: 0.5 }],
    };
    expect(
      await updateProcedure(database.db, 'admin', p.id, { version: p.version, clockRules: bad }).catch(codeOf),
    ).toBe('VALIDATION_FAILED');
    expect(await updateProcedure(database.db, 'admin', 'no-such', { version: 1 }).catch(codeOf)).toBe(
      'PROCEDURE_NOT_FOUND',
    );
  });

  it('keeps unverified values from citizens until an administrator accepts them', async () => {
    const will = await getProcedure(database.db, '27-chung-thuc-di-chuc');
    const publicView = await getPublicProcedure(database.db, will.id);
    expect(JSON.stringify(publicView)).not.toContain('50.000');
    expect(JSON.stringify(will)).toContain('50.000');

    const queue = await listReviewQueue(database.db);
    expect(queue[0]).toMatchObject({ id: will.id, unverifiedFields: ['processingTime', 'fee', 'documents'] });

    const accepted = await verifyProcedureFields(database.db, 'admin', will.id, {
      version: will.version,
      fields: ['processingTime', 'documents'],
      decision: 'accept',
    });
    expect(accepted.processingTime).toMatchObject({ duration: { kind: 'working_days', value: 2 }, needsReview: false });
    expect(accepted.documents.map((d) => d.condition)).toEqual([null, 'Trường hợp có tài sản']);
    expect(accepted.unverified.map((u) => u.field)).toEqual(['fee']);

    const rejected = await verifyProcedureFields(database.db, 'admin', will.id, {
      version: accepted.version,
      fields: ['fee'],
      decision: 'reject',
    });
    expect(rejected.unverified).toEqual([]);
    expect(rejected.feeText).toBe('Miễn lệ phí');
    expect(rejected.reviewReasons).toEqual(['not_fully_sourced']);
    expect(toPublicProcedure(rejected)).not.toHaveProperty('unverified');

    const again = await verifyProcedureFields(database.db, 'admin', will.id, {
      version: rejected.version,
      fields: ['fee'],
      decision: 'accept',
    }).catch(codeOf);
    expect(again).toBe('NOTHING_TO_VERIFY');
  });
});
