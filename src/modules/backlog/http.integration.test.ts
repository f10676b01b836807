/** The backlog over HTTP: who may do what, and the clearance from upload to re-plan and burn-down. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../kernel/db.ts';
import type { App } from '../../kernel/http.ts';
import { createTestApp, type TestApp } from '../../server/testing/test-app.ts';
import { seedCalendar } from '../calendar/index.ts';
import { createLocalBlobStore, readFile as readStoredFile } from '../files/index.ts';
import type { BacklogItem, BacklogPlan, ImportPreview } from './contracts.ts';
import { backlogPermissions } from './http/permissions.ts';
import { backlogRows, csvBytes, HEADERS } from './testing/files.ts';
import { aBacklogWorld, aBearerFor, aStaffRow, type BacklogWorld } from './testing/world.ts';

let database: Database;
let w: BacklogWorld;
let app: App;
let t: TestApp;
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  ({ database, app } = t);
  await seedCalendar(database.db);
  w = await aBacklogWorld(database.db, { clock: t.clock });
  for (const role of ['admin', 'director', 'leader', 'specialist', 'clerk', 'receiver', 'viewer']) {
    ids[role] = await aStaffRow(database.db, w.wardId, [role]);
    tokens[role] = await aBearerFor(database, w.wardId, ids[role]!);
  }
});
afterAll(async () => {
  await w.close();
  await t.close();
});

const as = (role: string) => ({ authorization: `Bearer ${tokens[role]}` });
const call = (role: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: unknown) =>
  app.inject({ method, url, headers: as(role), ...(payload === undefined ? {} : { payload: payload as object }) });

/** The audit entries of one action in the ward, oldest first. */
const audited = async (action: string) =>
  (
    await sql<{ target_id: string | null; details: Record<string, unknown> }>`
      SELECT target_id, details FROM audit_log WHERE ward_id = ${w.wardId} AND action = ${action} ORDER BY seq`.execute(
      database.db,
    )
  ).rows;

function multipart(name: string, bytes: Uint8Array) {
  const boundary = '----backlogtest';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: text/csv\r\n\r\n`,
    ),
    Buffer.from(bytes),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('permissions', () => {
  it('lets each role reach exactly the routes of the matrix', async () => {
    const fill = (url: string) => url.replace(':id', '00000000-0000-4000-8000-000000000000');
    for (const [key, access] of Object.entries(backlogPermissions)) {
      const [method, url] = key.split(' ') as ['GET' | 'POST' | 'PUT' | 'PATCH', string];
      const anonymous = await app.inject({ method, url: fill(url) });
      expect(anonymous.statusCode, `${key} anonymous`).toBe(401);
      for (const role of Object.keys(tokens)) {
        const res = await call(role, method, fill(url), method === 'GET' ? undefined : {});
        const allowed = (access as readonly string[]).includes(role);
        if (allowed) expect(res.statusCode, `${key} as ${role}`).not.toBe(403);
        else expect(res.statusCode, `${key} as ${role}`).toBe(403);
      }
    }
  });
});

describe('the clearance, end to end over HTTP', () => {
  let items: BacklogItem[] = [];

  it('uploads a TCVN3 file, shows the encoding with before/after, and commits it', async () => {
    const rows = backlogRows(60, { seed: 21, prefix: 'HTTP' });
    const up = multipart('thao-dien.csv', csvBytes(HEADERS, rows, { encoding: 'tcvn3' }));
    const res = await app.inject({
      method: 'POST',
      url: `/api/backlog/imports?source=${encodeURIComponent('Phường Thảo Điền')}`,
      headers: { ...as('leader'), ...up.headers },
      payload: up.payload,
    });
    expect(res.statusCode).toBe(201);
    const preview = res.json() as ImportPreview;
    expect(preview.unknownHeaders).toEqual([]);
    expect(preview.encodings.find((e) => e.header === 'Người nộp')).toMatchObject({ encoding: 'tcvn3' });
    expect(preview.sample[0]!['Người nộp']).toBe(rows[0]!['Người nộp']);
    const commit = await call('leader', 'POST', `/api/backlog/imports/${preview.importId}/commit`, { mapping: {} });
    expect(commit.statusCode).toBe(200);
    expect(commit.json()).toMatchObject({ inserted: 60, rejected: 0 });
    const progress = await call('leader', 'GET', `/api/backlog/imports/${preview.importId}/progress`);
    expect(progress.json()).toMatchObject({ phase: 'done', fraction: 1 });
    const page = await call('leader', 'GET', '/api/backlog/items?limit=500');
    items = page.json().items;
    expect(page.json().total).toBe(60);
    expect(items[0]!.applicantIdMasked).toMatch(/^\*{8}\d{4}$/);
    expect(items.some((i) => i.lateWorkingDays > 0)).toBe(true);
  });

  it('offers the filter values with counts and filters by complexity and lateness', async () => {
    const facets = (await call('specialist', 'GET', '/api/backlog/facets')).json();
    expect(facets.sources).toEqual([{ value: 'Phường Thảo Điền', count: 60 }]);
    const fields = new Map<string, number>();
    for (const i of items) fields.set(i.field, (fields.get(i.field) ?? 0) + 1);
    expect(facets.fields).toEqual(
      [...fields].map(([value, count]) => ({ value, count })).sort((a, b) => (a.value < b.value ? -1 : 1)),
    );
    const level = items[0]!.complexity;
    const byLevel = (await call('leader', 'GET', `/api/backlog/items?limit=500&complexity=${level}`)).json();
    expect(byLevel.total).toBe(items.filter((i) => i.complexity === level).length);
    const late = (await call('leader', 'GET', '/api/backlog/items?limit=500&late=true')).json();
    const notLate = (await call('leader', 'GET', '/api/backlog/items?limit=500&late=false')).json();
    const today = w.clock.now().toISOString().slice(0, 10);
    expect(late.total).toBe(items.filter((i) => i.originalDue !== null && i.originalDue < today).length);
    expect(late.total).toBeGreaterThan(0);
    expect(late.total + notLate.total).toBe(60);
  });

  it('lets an officer override a classification with a logged reason', async () => {
    const item = items.find((i) => i.competence === 'ward')!;
    const res = await call('leader', 'PATCH', `/api/backlog/items/${item.id}`, {
      attribute: 'effortHours',
      effortHours: 6,
      reason: 'Hồ sơ có tranh chấp ranh giới',
      version: item.version,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ effortHours: 6, overridden: ['effortHours'], version: item.version + 1 });
    const log = await call('leader', 'GET', `/api/backlog/items/${item.id}/overrides`);
    expect(log.json()).toEqual([
      expect.objectContaining({
        attribute: 'effortHours',
        oldValue: item.effortHours,
        newValue: 6,
        reason: 'Hồ sơ có tranh chấp ranh giới',
      }),
    ]);
    const stale = await call('leader', 'PATCH', `/api/backlog/items/${item.id}`, {
      attribute: 'field',
      field: 'Đất đai',
      reason: 'x',
      version: item.version,
    });
    expect(stale.statusCode).toBe(409);
  });

  it('plans on the ward calendar, shows a specialist only their items, and re-plans keeping finished work', async () => {
    const fields = [...new Set(items.filter((i) => i.competence === 'ward').map((i) => i.field))];
    const cap = await call('leader', 'PUT', '/api/backlog/capacity', [
      { staffId: ids.specialist, fields, hoursPerDay: 6 },
      { staffId: ids.leader, fields, hoursPerDay: 2 },
    ]);
    expect(cap.statusCode).toBe(200);
    expect(
      (
        await call('leader', 'PUT', '/api/backlog/milestones', [
          { date: '2025-07-31', share: 0.5 },
          { date: '2025-08-29', share: 1 },
        ])
      ).statusCode,
    ).toBe(200);
    const planned = await call('leader', 'POST', '/api/backlog/plans', { start: '2025-07-14' });
    expect(planned.statusCode).toBe(201);
    const plan = planned.json() as BacklogPlan;
    expect(plan.result.milestones).toHaveLength(2);
    const mine = await call('specialist', 'GET', '/api/backlog/plans/active/assignments');
    expect(mine.json().length).toBeGreaterThan(0);
    expect(new Set(mine.json().map((a: { staffId: string }) => a.staffId))).toEqual(new Set([ids.specialist]));
    const visible = await call('specialist', 'GET', '/api/backlog/items?limit=500');
    expect(visible.json().total).toBe(mine.json().length);

    const first = mine.json()[0] as { itemId: string };
    const item = (await call('specialist', 'GET', `/api/backlog/items/${first.itemId}`)).json() as BacklogItem;
    const started = await call('specialist', 'POST', `/api/backlog/items/${item.id}/start`, { version: item.version });
    expect(started.statusCode).toBe(200);
    expect(started.json().dossierCode).toBe(item.originalCode);
    // The live dossier keeps the original code and dates and is assigned to the officer who started it.
    const dossier = await sql<{ status: string; source_unit: string; assignee_id: string; received: string }>`
      SELECT status, source_unit, assignee_id, to_char(received_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS received
      FROM dossiers WHERE ward_id = ${w.wardId} AND code = ${item.originalCode}`.execute(database.db);
    expect(dossier.rows).toEqual([
      { status: 'in-progress', source_unit: item.sourceUnit, assignee_id: ids.specialist, received: item.receivedOn },
    ]);
    // The item moves on one version, with its audit entry.
    const begun = (await call('specialist', 'GET', `/api/backlog/items/${item.id}`)).json() as BacklogItem;
    expect(begun).toMatchObject({
      status: 'in_progress',
      assignedStaffId: ids.specialist,
      dossierCode: item.originalCode,
      version: item.version + 1,
    });
    expect(await audited('backlog.start')).toEqual([
      { target_id: item.id, details: { dossierCode: item.originalCode, staffId: ids.specialist } },
    ]);
    const second = mine.json()[1] as { itemId: string };
    const other = (await call('specialist', 'GET', `/api/backlog/items/${second.itemId}`)).json() as BacklogItem;
    expect(
      (
        await call('specialist', 'POST', `/api/backlog/items/${other.id}/close`, {
          outcome: 'done',
          version: other.version,
        })
      ).statusCode,
    ).toBe(200);
    const closed = (await call('specialist', 'GET', `/api/backlog/items/${other.id}`)).json() as BacklogItem;
    expect(closed).toMatchObject({ status: 'done', version: other.version + 1 });
    expect(await audited('backlog.done')).toEqual([{ target_id: other.id, details: { note: null } }]);

    w.clock.set('2025-07-21T09:00:00+07:00');
    const replanned = (await call('leader', 'POST', '/api/backlog/plans', {})).json() as BacklogPlan;
    expect(replanned.fixedDone).toBe(1);
    expect(replanned.start).toBe('2025-07-21');
    const after = (
      await call('leader', 'GET', `/api/backlog/plans/active/assignments?staffId=${ids.specialist}`)
    ).json() as { itemId: string; day: string; startDay: string }[];
    // the item in progress stays with its officer, at the head of the queue
    const kept = after.find((a) => a.itemId === item.id)!;
    expect(kept).toMatchObject({ startDay: '2025-07-21' });
    expect(after.every((a) => a.day >= kept.day)).toBe(true);
    expect(after.some((a) => a.itemId === other.id)).toBe(false);
  });

  it('tracks the burn-down per source, the weekly net reduction and a forecast', async () => {
    const res = await call('leader', 'GET', '/api/backlog/burndown?groupBy=source');
    expect(res.statusCode).toBe(200);
    const b = res.json();
    expect(b.series.map((s: { group: string }) => s.group)).toEqual(['Phường Thảo Điền']);
    expect(b.milestones).toHaveLength(2);
    expect(b.weekly.reduce((n: number, w: { closed: number }) => n + w.closed, 0)).toBe(1);
    expect(b.forecast.remaining).toBe(items.filter((i) => i.competence === 'ward').length - 1);
  });

  it('lists transfers by receiving body and writes the covering letter', async () => {
    const groups = (await call('clerk', 'GET', '/api/backlog/transfers')).json();
    expect(groups.length).toBeGreaterThan(0);
    const body = groups[0].receivingBody as string;
    const letter = await call('clerk', 'POST', '/api/backlog/transfers/letter', { receivingBody: body });
    expect(letter.statusCode).toBe(201);
    const bytes = await readStoredFile(w.db, createLocalBlobStore(t.filesDir), {
      wardId: w.wardId,
      id: letter.json().id,
    });
    expect(Buffer.from(bytes.bytes).subarray(0, 5).toString()).toBe('%PDF-');
    if (existsSync('/usr/bin/pdftotext')) {
      const file = path.join(w.dir, 'letter.pdf');
      await writeFile(file, bytes.bytes);
      const text = execFileSync('pdftotext', [file, '-']).toString();
      expect(text).toContain('V/v chuyển hồ sơ thủ tục hành chính không thuộc thẩm quyền');
      expect(text).toContain(groups[0].items[0].originalCode);
    }
    const groupIds = groups[0].items.map((i: { id: string }) => i.id) as string[];
    const versions = async () =>
      (
        await sql<{ id: string; status: string; version: number }>`
          SELECT id, status, version FROM backlog_items WHERE ward_id = ${w.wardId} AND id IN (${sql.join(groupIds)})
          ORDER BY id`.execute(database.db)
      ).rows;
    const before = await versions();
    const sent = await call('leader', 'POST', '/api/backlog/transfers/sent', { receivingBody: body });
    expect(sent.json().transferred).toBe(groups[0].count);
    // Every item of the group is transferred, one version on, and the list no longer shows the body.
    expect(await versions()).toEqual(before.map((r) => ({ ...r, status: 'transferred', version: r.version + 1 })));
    const left = (await call('clerk', 'GET', '/api/backlog/transfers')).json() as { receivingBody: string }[];
    expect(left.map((g) => g.receivingBody)).not.toContain(body);
    expect(await audited('backlog.transfer')).toEqual([
      { target_id: null, details: { receivingBody: body, items: groups[0].count } },
    ]);
  });
});
