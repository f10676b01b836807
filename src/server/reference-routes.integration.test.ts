/** Calendar and catalog over HTTP: who may change national data, the year view, the checklist shape. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCalendar } from '../modules/calendar/index.ts';
import { importCatalog } from '../modules/catalog/index.ts';
import { aStaff, aTokenFor, aWard } from '../modules/identity/testing/builders.ts';
import { bearer, createTestApp, type TestApp } from './testing/test-app.ts';

let t: TestApp;
let wardAdmin: string;
let cityAdmin: string;
let receiver: string;

beforeAll(async () => {
  t = await createTestApp();
  await seedCalendar(t.database.db);
  await importCatalog(t.database.db);
  const ward = await aWard(t.database.db);
  wardAdmin = (await aTokenFor(t.database.db, ward.id, 'admin')).token;
  receiver = (await aTokenFor(t.database.db, ward.id, 'receiver')).token;
  const boss = await aStaff(t.database.db, ward.id, { roles: ['admin'], cityAdmin: true });
  const { createToken } = await import('../modules/identity/index.ts');
  const { systemActor } = await import('../kernel/actor.ts');
  cityAdmin = (
    await createToken(
      t.database.db,
      { actor: systemActor(ward.id), requestId: null },
      { label: 'city', staffId: boss.id },
    )
  ).token;
});
afterAll(() => t.close());

describe('calendar routes', () => {
  it('lists the 2026 year with the announced swaps and the ward’s own day off', async () => {
    const add = await t.app.inject({
      method: 'POST',
      url: '/api/calendar/days-off',
      headers: bearer(wardAdmin),
      payload: { date: '2026-03-26', name: 'Lễ hội phường' },
    });
    expect(add.statusCode).toBe(201);
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/calendar/holidays?year=2026',
      headers: bearer(receiver),
    });
    const days = res.json() as Array<{ date: string; kind: string; name: string }>;
    expect(days.find((d) => d.date === '2026-01-10')?.kind).toBe('makeup-workday');
    expect(days.find((d) => d.date === '2026-04-27')?.kind).toBe('compensatory');
    expect(days.find((d) => d.date === '2026-03-26')?.name).toBe('Lễ hội phường');
    expect(days.some((d) => d.date === '2026-11-24')).toBe(false); // unconfirmed: off by default
  });

  it('lets only a city administrator change the national schedule', async () => {
    const body = { enabled: true };
    const ward = await t.app.inject({
      method: 'PUT',
      url: '/api/calendar/schedule-entries/2026-11-24',
      headers: bearer(wardAdmin),
      payload: body,
    });
    expect(ward.statusCode).toBe(403);
    expect(ward.json().error.code).toBe('CALENDAR_NATIONAL_EDIT_FORBIDDEN');
    const city = await t.app.inject({
      method: 'PUT',
      url: '/api/calendar/schedule-entries/2026-11-24',
      headers: bearer(cityAdmin),
      payload: body,
    });
    expect(city.statusCode).toBe(200);
    const due = await t.app.inject({
      method: 'GET',
      url: '/api/calendar/due?received=2026-11-23T16:00:00%2B07:00&workingDays=1',
      headers: bearer(receiver),
    });
    expect(due.json().due).toBe('2026-11-25T16:00:00+07:00');
  });
});

describe('catalog routes', () => {
  it('gives the checklist shape dossier intake uses', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/catalog/procedures/1.001193',
      headers: bearer(receiver),
    });
    expect(res.statusCode).toBe(200);
    const p = res.json();
    expect(p.nameVi).toContain('khai sinh');
    expect(p.requiredDocuments.length).toBeGreaterThan(0);
    expect(p.requiredDocuments[0]).toMatchObject({
      id: 'doc-1',
      kind: expect.stringMatching(/original|certified|copy/),
      count: expect.any(Number),
      required: expect.any(Boolean),
    });
  });

  it('searches without diacritics and refuses edits by a ward administrator', async () => {
    const hits = (
      await t.app.inject({
        method: 'GET',
        url: '/api/catalog/search?q=dang%20ky%20khai%20sinh&limit=3',
        headers: bearer(receiver),
      })
    ).json();
    expect(hits[0].nameVi).toMatch(/khai sinh/i);
    const p = (
      await t.app.inject({ method: 'GET', url: '/api/catalog/procedures/1.001193', headers: bearer(receiver) })
    ).json();
    const refused = await t.app.inject({
      method: 'PATCH',
      url: '/api/catalog/procedures/1.001193',
      headers: bearer(wardAdmin),
      payload: { version: p.version, nameEn: 'Birth registration' },
    });
    expect(refused.json().error.code).toBe('CATALOG_EDIT_FORBIDDEN');
    const ok = await t.app.inject({
      method: 'PATCH',
      url: '/api/catalog/procedures/1.001193',
      headers: bearer(cityAdmin),
      payload: { version: p.version, nameEn: 'Birth registration' },
    });
    expect(ok.json()).toMatchObject({ nameEn: 'Birth registration', version: p.version + 1 });
    const stale = await t.app.inject({
      method: 'PATCH',
      url: '/api/catalog/procedures/1.001193',
      headers: bearer(cityAdmin),
      payload: { version: p.version, nameEn: 'x' },
    });
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
  });

  it('never shows unverified values to citizens', async () => {
    const queue = (
      await t.app.inject({ method: 'GET', url: '/api/catalog/review', headers: bearer(wardAdmin) })
    ).json() as Array<{ id: string; unverifiedFields: string[] }>;
    const withUnverified = queue.find((i) => i.unverifiedFields.length > 0);
    expect(withUnverified).toBeDefined();
    const pub = await t.app.inject({ method: 'GET', url: `/api/public/catalog/procedures/${withUnverified?.id}` });
    expect(pub.statusCode).toBe(200);
    expect(pub.json()).not.toHaveProperty('unverified');
  });
});
