/** The dossier API over HTTP: intake, bad input, actions with If-Match, forms as PDF text, register, lookup. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../kernel/db.ts';
import type { App } from '../../kernel/http.ts';
import { createTestApp, type TestApp } from '../../server/testing/test-app.ts';
import { LOOKUP_POLICY } from './application/lookup.ts';
import { aBearerFor, act, anIntake, aWorld, type TestRole, type World } from './testing/builders.ts';

let t: TestApp;
let database: Database;
let w: World;
let app: App;
const tokens = {} as Record<TestRole, string>;

beforeAll(async () => {
  t = await createTestApp();
  ({ database, app } = t);
  w = await aWorld(database.db, { clock: t.clock });
  for (const [role, ctx] of Object.entries(w.as))
    tokens[role as TestRole] = await aBearerFor(database.db, w.wardId, ctx.actor.id!);
});
afterAll(() => t.close());

const as = (role: TestRole, extra: Record<string, string> = {}) => ({
  authorization: `Bearer ${tokens[role]}`,
  ...extra,
});
const post = (url: string, role: TestRole, payload: unknown, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url, headers: as(role, headers), payload: payload as object });
const get = (url: string, role: TestRole) => app.inject({ method: 'GET', url, headers: as(role) });
const counts = async () =>
  (
    await sql<{ d: number; s: number }>`SELECT (SELECT count(*)::int FROM dossiers WHERE ward_id = ${w.wardId}) AS d,
      (SELECT coalesce(sum(last_number), 0)::int FROM dossier_code_sequences WHERE ward_id = ${w.wardId}) AS s`.execute(
      w.db,
    )
  ).rows[0];

function pdfText(bytes: Buffer): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'pdf-')), 'f.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe('intake over HTTP', () => {
  it('answers 201 with the contract shape, masks lists and audits the full read', async () => {
    w.clock.set('2026-03-02T08:00:00+07:00');
    const res = await post('/api/dossiers', 'receiver', anIntake(w.procedures.restart));
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual([
      'appointmentAt',
      'code',
      'lookupSecret',
      'status',
      'statusCode',
      'version',
    ]);
    const list = await get('/api/dossiers?status=received', 'viewer');
    expect(list.statusCode).toBe(200);
    const item = list.json().items.find((x: { code: string }) => x.code === body.code);
    expect(item).toMatchObject({ applicantIdNumber: '*********789', applicantPhone: '0912***678' });
    expect(list.body).not.toContain('079123456789');
    const detail = await get(`/api/dossiers/${body.code}`, 'specialist');
    expect(detail.json().applicant.idNumber).toBe('079123456789');
    expect(detail.headers.etag).toBe('"2"');
    const queues = await get('/api/dossiers/queues', 'leader');
    expect(queues.json()['to-assign']).toBeGreaterThanOrEqual(1);
  });

  it('refuses bad input with coded errors and leaves no partial dossier', async () => {
    const before = await counts();
    const cases: Array<[unknown, number, string]> = [
      [anIntake('no-such-procedure'), 422, 'DOSSIER_PROCEDURE_UNKNOWN'],
      [anIntake(w.procedures.restart, { documents: [] }), 422, 'DOSSIER_MISSING_DOCUMENTS'],
      [
        anIntake(w.procedures.restart, {
          documents: [
            { documentId: 'doc-1', name: 'Tờ khai', kind: 'original', count: 1 },
            { documentId: 'doc-9', name: 'x', kind: 'copy', count: 1 },
          ],
        }),
        422,
        'DOSSIER_DOCUMENT_UNKNOWN',
      ],
      [
        { ...anIntake(w.procedures.restart), applicant: { ...anIntake('x').applicant, idNumber: '07912345' } },
        400,
        'VALIDATION_FAILED',
      ],
      [
        { ...anIntake(w.procedures.restart), applicant: { ...anIntake('x').applicant, phone: '0212345678' } },
        400,
        'VALIDATION_FAILED',
      ],
      [{ ...anIntake(w.procedures.restart), outcome: 'refuse' }, 400, 'DOSSIER_OUTCOME_INCOMPLETE'],
      [{ procedureCode: 42, channel: 'fax', applicant: 'me', documents: {}, outcome: [] }, 400, 'VALIDATION_FAILED'],
      [{ ...anIntake(w.procedures.restart), evil: true }, 400, 'VALIDATION_FAILED'],
      [
        anIntake(w.procedures.restart, {
          documents: [
            ...(anIntake('x').documents ?? []),
            { name: 'Ảnh', kind: 'copy', count: 1, fileId: '00000000-0000-4000-8000-000000000000' },
          ],
        }),
        422,
        'DOSSIER_FILE_NOT_FOUND',
      ],
    ];
    for (const [payload, status, code] of cases) {
      const res = await post('/api/dossiers', 'receiver', payload);
      expect([res.statusCode, res.json().error?.code]).toEqual([status, code]);
      expect(res.json().error.messageVi).toBeTruthy();
    }
    const wrongRole = await post('/api/dossiers', 'admin', anIntake(w.procedures.restart));
    expect([wrongRole.statusCode, wrongRole.json().error.code]).toEqual([403, 'DOSSIER_ACTION_NOT_ALLOWED']);
    const garbage = await app.inject({
      method: 'POST',
      url: '/api/dossiers',
      headers: { ...as('receiver'), 'content-type': 'application/json' },
      payload: '{"procedureCode": ',
    });
    expect(garbage.statusCode).toBe(400);
    expect(await counts()).toEqual(before);
  });
});

describe('actions over HTTP', () => {
  it('uses If-Match, answers 409 on a stale version and 403 on a wrong role', async () => {
    w.clock.set('2026-03-02T08:00:00+07:00');
    const { code } = (await post('/api/dossiers', 'receiver', anIntake(w.procedures.restart))).json();
    const url = `/api/dossiers/${code}/actions`;
    const transfer = await post(
      url,
      'receiver',
      { type: 'transfer', departmentId: w.departmentId },
      { 'if-match': '"2"' },
    );
    expect(transfer.statusCode).toBe(200);
    expect(transfer.json()).toMatchObject({
      status: 'in-progress',
      version: 3,
      departmentName: 'Phòng Văn hóa - Xã hội',
    });
    const stale = await post(
      url,
      'leader',
      { type: 'assign', assigneeId: w.as.specialist.actor.id },
      { 'if-match': '"2"' },
    );
    expect([stale.statusCode, stale.json().error.code]).toEqual([409, 'VERSION_CONFLICT']);
    const wrongRole = await post(url, 'clerk', { type: 'assign', assigneeId: w.as.specialist.actor.id, version: 3 });
    expect([wrongRole.statusCode, wrongRole.json().error.code]).toEqual([403, 'DOSSIER_ACTION_NOT_ALLOWED']);
    const assigned = await post(url, 'leader', { type: 'assign', assigneeId: w.as.specialist.actor.id, version: 3 });
    expect(assigned.json().allowedActions).not.toContain('submit-for-approval');
    expect(assigned.json().allowedActions).toContain('apologize-and-reschedule');
    const mine = await get(`/api/dossiers/${code}`, 'specialist');
    expect(mine.json().allowedActions).toContain('submit-for-approval');
    const unknownType = await post(url, 'leader', { type: 'teleport', version: 4 });
    expect(unknownType.statusCode).toBe(400);
    const missing = await get('/api/dossiers/000.00.zz.H29-260302-9999', 'viewer');
    expect([missing.statusCode, missing.json().error.code]).toEqual([404, 'DOSSIER_NOT_FOUND']);
  });
});

describe('official forms', () => {
  it('prints forms 01–06 as A5 PDFs with the code, the applicant and the Vietnamese titles', async () => {
    w.clock.set('2026-03-02T08:00:00+07:00');
    const created = (await post('/api/dossiers', 'receiver', anIntake(w.procedures.restart))).json();
    const code = created.code as string;
    await act(w, w.as.receiver, code, { type: 'transfer', departmentId: w.departmentId });
    await act(w, w.as.leader, code, { type: 'assign', assigneeId: w.as.specialist.actor.id! });
    await act(w, w.as.specialist, code, {
      type: 'request-supplement',
      missing: ['Bản sao sổ hộ khẩu'],
      reason: 'Thiếu giấy tờ',
    });
    await act(w, w.as.receiver, code, { type: 'supplement-received' });
    w.clock.set('2026-03-20T09:00:00+07:00');
    await act(w, w.as.leader, code, {
      type: 'apologize-and-reschedule',
      reason: 'Chờ xác minh hộ tịch',
      newDate: '2026-03-25',
    });
    await act(w, w.as.specialist, code, { type: 'reject-after-appraisal', reasons: ['Không đủ điều kiện đăng ký'] });
    const titles: Record<string, string> = {
      '01': 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
      '02': 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
      '03': 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ',
      '04': 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ',
      '06': 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
    };
    for (const [form, title] of Object.entries(titles)) {
      const suffix = form === '01' ? `?secret=${created.lookupSecret}` : '';
      const res = await get(`/api/dossiers/${code}/forms/${form}.pdf${suffix}`, 'receiver');
      expect(res.statusCode, `form ${form}`).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['x-content-sha256']).toMatch(/^[0-9a-f]{64}$/);
      const text = pdfText(res.rawPayload);
      expect(text).toContain(title);
      expect(text).toContain(code);
      expect(text).toContain('Nguyễn Văn An');
      expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
      if (form === '01') expect(text).toContain(created.lookupSecret);
      if (form === '06') expect(text).toMatch(/Quá hạn|Đúng hạn|Trước hạn/);
      if (form === '04') expect(text).toContain('25/03/2026');
    }
    const again = await get(`/api/dossiers/${code}/forms/01.pdf`, 'receiver');
    expect(pdfText(again.rawPayload)).toContain(created.lookupSecret);
    const notApplicable = await get(`/api/dossiers/${code}/forms/05.pdf`, 'receiver');
    expect([notApplicable.statusCode, notApplicable.json().error.code]).toEqual([422, 'DOSSIER_FORM_NOT_APPLICABLE']);
    const stopped = (await post('/api/dossiers', 'receiver', anIntake(w.procedures.restart))).json();
    await act(w, w.as.receiver, stopped.code, { type: 'withdraw', reason: 'Công dân rút hồ sơ' });
    const f05 = await get(`/api/dossiers/${stopped.code}/forms/05.pdf`, 'receiver');
    expect(pdfText(f05.rawPayload)).toContain('THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ');
  });

  it('prints the register (form 07) as A4 PDF and XLSX for a period', async () => {
    const pdf = await get('/api/dossiers/register.pdf?from=2026-03-01&to=2026-03-31', 'clerk');
    expect(pdf.statusCode).toBe(200);
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain('SỔ THEO DÕI HỒ SƠ');
    expect(text).toContain(`${w.agencyEid}-260302-0001`);
    const xlsx = await get('/api/dossiers/register.xlsx?from=2026-03-01&to=2026-03-31', 'clerk');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(4).getCell(2).value).toBe(`${w.agencyEid}-260302-0001`);
    const bad = await get('/api/dossiers/register.pdf?from=2026-03-31&to=2026-03-01', 'clerk');
    expect([bad.statusCode, bad.json().error.code]).toEqual([400, 'DOSSIER_PERIOD_INVALID']);
  });
});

describe('public status lookup', () => {
  it('shows status and initials only; wrong secret and unknown code answer alike; failures are limited', async () => {
    w.clock.set('2026-03-02T08:00:00+07:00');
    const created = (await post('/api/dossiers', 'receiver', anIntake(w.procedures.restart))).json();
    const lookup = (code: string, secret: string, ip = '203.0.113.7') =>
      app.inject({ method: 'GET', url: `/api/public/dossiers/${code}?secret=${secret}`, remoteAddress: ip });
    const ok = await lookup(created.code, created.lookupSecret.toLowerCase());
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ code: created.code, statusCode: 2, applicantInitials: 'N.V.A.' });
    expect(ok.json().steps.length).toBe(2);
    expect(ok.body).not.toContain('Nguyễn');
    expect(ok.body).not.toContain('079123456789');
    const wrong = await lookup(created.code, 'WRONGSECRET');
    const unknown = await lookup(created.code.replace(/-\d{4}$/, '-9999'), 'WRONGSECRET');
    expect(wrong.statusCode).toBe(404);
    expect([unknown.statusCode, unknown.body]).toEqual([wrong.statusCode, wrong.body]);
    for (let i = 2; i < LOOKUP_POLICY.maxFailures; i++) await lookup(created.code, 'WRONGSECRET');
    const limited = await lookup(created.code, created.lookupSecret);
    expect([limited.statusCode, limited.json().error.code]).toEqual([429, 'DOSSIER_LOOKUP_RATE_LIMITED']);
    expect((await lookup(created.code, created.lookupSecret, '198.51.100.9')).statusCode).toBe(200);
    w.clock.advance(16 * 60_000);
    expect((await lookup(created.code, created.lookupSecret)).statusCode).toBe(200);
  });
});
