/** Garbage to every mutation route (malformed JSON, wrong types, 10 MB, wrong content type) gets a coded 4xx. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aTokenFor, aWard } from '../modules/identity/testing/builders.ts';
import { bearer, createTestApp, fillPath, type TestApp } from './testing/test-app.ts';

let t: TestApp;
let admin: string;

beforeAll(async () => {
  t = await createTestApp();
  const ward = await aWard(t.database.db);
  admin = (await aTokenFor(t.database.db, ward.id, 'admin')).token;
});
afterAll(() => t.close());

/** Upload routes read multipart only: a JSON body is answered as a missing file part. */
const MULTIPART = new Set(['/api/files', '/api/public/wards/:wardCode/files']);
const TEN_MB = 'x'.repeat(10 * 1024 * 1024);
const garbage: Array<{ name: string; contentType: string; payload: string; codes: string[] }> = [
  { name: 'malformed JSON', contentType: 'application/json', payload: '{"username": "a", ', codes: ['MALFORMED_JSON'] },
  { name: 'a JSON array', contentType: 'application/json', payload: '[1,2,3]', codes: ['VALIDATION_FAILED'] },
  {
    name: 'wrong types',
    contentType: 'application/json',
    payload: '{"username": 42, "password": [], "name": {}, "roles": "admin", "version": "one"}',
    codes: ['VALIDATION_FAILED'],
  },
  { name: 'unknown fields', contentType: 'application/json', payload: '{"evil": true}', codes: ['VALIDATION_FAILED'] },
  { name: 'a 10 MB body', contentType: 'application/json', payload: `{"name":"${TEN_MB}"}`, codes: ['BODY_TOO_LARGE'] },
  { name: 'wrong content type', contentType: 'text/xml', payload: '<a/>', codes: ['UNSUPPORTED_MEDIA_TYPE'] },
  {
    name: 'invalid UTF-8 / binary',
    contentType: 'application/json',
    payload: '\u0000\u00ff\u00fe',
    codes: ['MALFORMED_JSON'],
  },
];

describe('bad input on every mutation route', () => {
  it('never answers 5xx and always gives a code with Vietnamese and English messages', async () => {
    const problems: string[] = [];
    const mutations = t.routes.filter((r) => r.method !== 'GET');
    expect(mutations.length).toBeGreaterThan(10);
    for (const { method, url } of mutations) {
      for (const g of garbage) {
        const res = await t.app.inject({
          method: method as 'POST',
          url: fillPath(url),
          headers: { ...bearer(admin), 'content-type': g.contentType },
          payload: g.payload,
        });
        const body = res.json() as { error?: { code?: string; message?: string; messageVi?: string } };
        if (res.statusCode < 400 || res.statusCode >= 500)
          problems.push(`${method} ${url} ${g.name}: ${res.statusCode}`);
        else if (!body.error?.code || !body.error.message || !body.error.messageVi)
          problems.push(`${method} ${url} ${g.name}: no coded error`);
        else if (
          !g.codes.includes(body.error.code) &&
          !(url.includes(':id') && body.error.code.endsWith('NOT_FOUND')) &&
          !(MULTIPART.has(url) && body.error.code === 'FILE_PART_MISSING')
        ) {
          problems.push(`${method} ${url} ${g.name}: ${body.error.code}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('answers unknown API routes with a coded 404', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('ROUTE_NOT_FOUND');
  });
});
