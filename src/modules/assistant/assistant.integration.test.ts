import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../kernel/db.ts';
import type { App } from '../../kernel/http.ts';
import { createTestApp, type TestApp } from '../../server/testing/test-app.ts';
import { ASSISTANT_POLICY } from './application/ask.ts';
import { AskResponse, Phrasing, ReviewItem } from './contracts.ts';
import { aTokenFor, aWardWithGroups, bearer, importCatalogSlice } from './testing/fixtures.ts';

let t: TestApp;
let database: Database;
let app: App;
let ward: { wardId: string; code: string };
const tokens: Record<string, string> = {};

const askAs = async (question: string, headers: Record<string, string> = {}, extra: Record<string, unknown> = {}) => {
  const res = await app.inject({ method: 'POST', url: '/api/assistant/ask', headers, payload: { question, ...extra } });
  return { status: res.statusCode, body: res.json() };
};

beforeAll(async () => {
  t = await createTestApp();
  ({ database, app } = t);
  t.clock.set('2026-03-02T01:00:00Z');
  await importCatalogSlice(database.db, 1);
  ward = await aWardWithGroups(database);
  for (const role of ['admin', 'viewer', 'receiver', 'kiosk', 'robot', 'display'] as const)
    tokens[role] = await aTokenFor(database.db, ward.wardId, role);
});

afterAll(() => t.close());

describe('POST /api/assistant/ask', () => {
  it('answers a public question without diacritics with a card, a group and a logged, redacted question', async () => {
    const { status, body } = await askAs(
      'lam giay khai sinh cho con can gi, sdt toi 0903123456',
      {},
      { ward: ward.code },
    );
    expect(status).toBe(200);
    const a = AskResponse.parse(body);
    expect(a.confident).toBe(true);
    expect(a.card?.code).toBe('1.001193');
    expect(a.card?.canTakeTicket).toBe(true);
    expect(a.answers[0]?.group?.letter).toBe('A');
    const row = await sql<{ question: string; channel: string; confident: boolean }>`
      SELECT question, channel, confident FROM assistant_questions WHERE ward_id = ${ward.wardId} AND id = ${a.questionId}`.execute(
      database.db,
    );
    expect(row.rows[0]?.channel).toBe('web');
    expect(row.rows[0]?.question).toContain('[số điện thoại]');
    expect(row.rows[0]?.question).not.toContain('0903123456');
  });

  it('answers English in English, and a device asks in its own ward', async () => {
    const { body } = await askAs('I want to register the birth of my baby', bearer(tokens.kiosk as string));
    const a = AskResponse.parse(body);
    expect(a.lang).toBe('en');
    expect(a.card?.code).toBe('1.001193');
    expect(a.card?.name).toBe('Birth registration');
    expect(a.card?.where.text).toMatch(/^Counters A/);
  });

  it.each([
    { name: 'empty', question: '', kinds: ['empty'] },
    { name: '10,000 characters', question: 'x'.repeat(10_000), kinds: ['unknown'] },
    { name: 'emoji only', question: '😀😀😀', kinds: ['empty'] },
    { name: 'HTML/script', question: '<script>alert(1)</script>', kinds: ['empty', 'unknown'] },
    { name: 'another script', question: '你好，请问洗手间在哪里', kinds: ['other_script'] },
  ])('bad input ($name) gets a polite 200 answer', async ({ question, kinds }) => {
    const { status, body } = await askAs(question, bearer(tokens.kiosk as string));
    expect(status).toBe(200);
    expect(kinds).toContain(body.kind);
    expect(body.card).toBeNull();
    expect(body.message.length).toBeGreaterThan(10);
    expect(JSON.stringify(body)).not.toContain('<script');
  });

  it('refuses an oversized question and an unknown ward with coded errors', async () => {
    expect((await askAs('a'.repeat(20_001), bearer(tokens.kiosk as string))).status).toBe(400);
    const r = await askAs('khai sinh', {}, { ward: 'no-such-ward' });
    expect(r.status).toBe(404);
  });

  it('rate-limits a public address across requests (stored in the database)', async () => {
    await sql`DELETE FROM assistant_rate_limits`.execute(database.db);
    for (let i = 0; i < ASSISTANT_POLICY.perWindow.ip; i++)
      expect((await askAs('xin chào', {}, { ward: ward.code })).status).toBe(200);
    const limited = await askAs('xin chào', {}, { ward: ward.code });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('ASSISTANT_RATE_LIMITED');
    t.clock.advance(ASSISTANT_POLICY.windowMs + 1);
    expect((await askAs('xin chào', {}, { ward: ward.code })).status).toBe(200);
  });
});

describe('feedback, tickets and the review loop', () => {
  it('records 👍/👎 and refuses unknown questions', async () => {
    const a = AskResponse.parse((await askAs('dang ky ket hon', bearer(tokens.kiosk as string))).body);
    const url = `/api/assistant/questions/${a.questionId}/feedback`;
    const ok = await app.inject({
      method: 'POST',
      url,
      headers: bearer(tokens.kiosk as string),
      payload: { helpful: false },
    });
    expect(ok.statusCode).toBe(200);
    const missing = await app.inject({
      method: 'POST',
      url: '/api/assistant/questions/00000000-0000-4000-8000-000000000000/feedback',
      payload: { helpful: true, ward: ward.code },
    });
    expect(missing.statusCode).toBe(404);
  });

  it('issues a ticket for the group serving the procedure, only for issuers and ward procedures', async () => {
    const take = (code: string, token?: string) =>
      app.inject({
        method: 'POST',
        url: '/api/assistant/ticket',
        headers: token ? bearer(token) : {},
        payload: { code, lang: 'vi' },
      });
    const t = await take('1.001193', tokens.kiosk);
    expect(t.statusCode).toBe(201);
    expect(t.json().group).toBe('A');
    expect(t.json().channel).toBe('kiosk');
    expect((await take('1.004222', tokens.kiosk)).statusCode).toBe(422);
    expect((await take('9.999999', tokens.kiosk)).statusCode).toBe(404);
    expect((await take('1.001193')).statusCode).toBe(401);
    expect((await take('1.001193', tokens.viewer)).statusCode).toBe(403);
    expect((await take('1.001193', tokens.display)).statusCode).toBe(403);
  });

  it('lists unanswered questions and attaches one to a procedure, which then answers it', async () => {
    const odd = 'chỗ nào làm giấy cho cháu đi học mẫu giáo xác nhận con ai';
    const before = AskResponse.parse((await askAs(odd, bearer(tokens.kiosk as string))).body);
    expect(before.confident).toBe(false);
    const list = await app.inject({
      method: 'GET',
      url: '/api/assistant/questions?filter=unanswered',
      headers: bearer(tokens.admin as string),
    });
    expect(list.statusCode).toBe(200);
    const item = ReviewItem.array()
      .parse(list.json())
      .find((i) => i.questionId === before.questionId);
    expect(item).toBeDefined();
    const attach = await app.inject({
      method: 'POST',
      url: '/api/assistant/phrasings',
      headers: bearer(tokens.admin as string),
      payload: { questionId: before.questionId, code: '2.002516' },
    });
    expect(attach.statusCode).toBe(201);
    expect(Phrasing.parse(attach.json()).code).toBe('2.002516');
    const after = AskResponse.parse((await askAs(odd, bearer(tokens.robot as string))).body);
    expect(after.confident).toBe(true);
    expect(after.card?.code).toBe('2.002516');
    const again = await app.inject({
      method: 'GET',
      url: '/api/assistant/questions?filter=unanswered',
      headers: bearer(tokens.admin as string),
    });
    expect(
      ReviewItem.array()
        .parse(again.json())
        .some((i) => i.key === item?.key),
    ).toBe(false);
  });

  it('lets only reviewers read and only admins and directors change the review list', async () => {
    const get = (token: string) =>
      app.inject({ method: 'GET', url: '/api/assistant/phrasings', headers: bearer(token) });
    expect((await get(tokens.admin as string)).statusCode).toBe(200);
    expect((await get(tokens.viewer as string)).statusCode).toBe(403);
    expect((await get(tokens.kiosk as string)).statusCode).toBe(403);
    const q = AskResponse.parse((await askAs('abc xyz qqq', bearer(tokens.kiosk as string))).body);
    const dismiss = (token: string) =>
      app.inject({ method: 'POST', url: `/api/assistant/questions/${q.questionId}/dismiss`, headers: bearer(token) });
    expect((await dismiss(tokens.receiver as string)).statusCode).toBe(403);
    const done = await dismiss(tokens.admin as string);
    expect(done.statusCode).toBe(200);
    expect(done.json().resolved).toBeGreaterThanOrEqual(1);
  });
});
