/**
 * The citizen's online submission over HTTP (PGlite and PostgreSQL): portal catalog, uploads with checksum,
 * Idempotency-Key, the checklist rule, one use per upload, rate limits, and the receiver taking it in.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../kernel/db.ts';
import type { App } from '../../kernel/http.ts';
import { createTestApp, type TestApp } from '../../server/testing/test-app.ts';
import { PORTAL_POLICY } from './application/online.ts';
import { aBearerFor, act, aWorld, type World } from './testing/builders.ts';

let t: TestApp;
let database: Database;
let w: World;
let app: App;
let wardCode: string;
let receiver: string;

const PDF = Buffer.from('%PDF-1.4\n% tờ khai của công dân\n1 0 obj <<>> endobj\n%%EOF\n');
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

beforeAll(async () => {
  t = await createTestApp({ publicUrl: 'https://motcua.test' });
  ({ database, app } = t);
  w = await aWorld(database.db, { clock: t.clock });
  wardCode = (await sql<{ code: string }>`SELECT code FROM wards WHERE id = ${w.wardId}`.execute(database.db)).rows[0]!
    .code;
  receiver = await aBearerFor(database.db, w.wardId, w.as.receiver.actor.id!);
});
afterAll(() => t.close());

function upload(content: Buffer, opts: { name?: string; type?: string; ip?: string } = {}) {
  const boundary = `----portal${randomBytes(8).toString('hex')}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${opts.name ?? 'to-khai.pdf'}"\r\n` +
        `Content-Type: ${opts.type ?? 'application/pdf'}\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return app.inject({
    method: 'POST',
    url: `/api/public/wards/${wardCode}/files`,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload,
    remoteAddress: opts.ip ?? '203.0.113.1',
  });
}

const uploadedId = async () => (await upload(PDF)).json().id as string;

async function aSubmission(files?: { doc1: string; doc2: string }) {
  const f = files ?? { doc1: await uploadedId(), doc2: await uploadedId() };
  return {
    procedureCode: w.procedures.restart,
    applicant: {
      fullName: 'Trần Thị Bình',
      idNumber: '079190000123',
      phone: '0912 345 678',
      email: 'binh@example.vn',
      address: '12 Đường Số 5, Phường An Khánh',
    },
    documents: [
      { documentId: 'doc-1', name: 'Tờ khai theo mẫu', fileId: f.doc1 },
      { documentId: 'doc-2', name: 'Giấy tờ chứng minh nơi cư trú', fileId: f.doc2 },
    ],
  };
}

const submit = (body: unknown, key: string | null = randomUUID(), ip = '203.0.113.1') =>
  app.inject({
    method: 'POST',
    url: `/api/public/wards/${wardCode}/dossiers`,
    headers: key ? { 'idempotency-key': key } : {},
    payload: body as object,
    remoteAddress: ip,
  });

const countDossiers = async () =>
  Number(
    (await sql<{ n: number }>`SELECT count(*) AS n FROM dossiers WHERE ward_id = ${w.wardId}`.execute(database.db))
      .rows[0]!.n,
  );

describe('citizen portal', () => {
  it('lists the procedures offered online with their checklist', async () => {
    const list = await app.inject({ method: 'GET', url: '/api/public/portal/procedures' });
    expect(list.statusCode).toBe(200);
    expect(list.json().map((p: { code: string }) => p.code)).toContain(w.procedures.restart);
    const one = await app.inject({ method: 'GET', url: `/api/public/portal/procedures/${w.procedures.restart}` });
    expect(one.json().documents.map((d: { id: string; required: boolean }) => [d.id, d.required])).toEqual([
      ['doc-1', true],
      ['doc-2', true],
      ['doc-3', true],
    ]);
    const unknown = await app.inject({ method: 'GET', url: '/api/public/portal/procedures/no-such-procedure' });
    expect(unknown.json().error.code).toBe('DOSSIER_PROCEDURE_UNKNOWN');
  });

  it('stores an upload with its checksum and refuses what is not a document', async () => {
    const res = await upload(PDF);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ sha256: sha(PDF), size: PDF.length, mediaType: 'application/pdf' });
    const exe = await upload(Buffer.from('MZ\x90\x00 not a document'), { name: 'x.exe', type: 'application/pdf' });
    expect([exe.statusCode, exe.json().error.code]).toEqual([415, 'FILE_TYPE_NOT_ALLOWED']);
  });

  it('registers an online dossier once per Idempotency-Key, waiting to be received', async () => {
    const body = await aSubmission();
    const key = randomUUID();
    const before = await countDossiers();
    const first = await submit(body, key);
    expect(first.statusCode).toBe(201);
    const created = first.json();
    expect(created).toMatchObject({ status: 'submitted', statusCode: 1, appointmentAt: null, version: 1 });
    expect(created.code).toMatch(/-\d{6}-\d{4,}$/);
    const again = await submit(body, key);
    expect([again.statusCode, again.headers['idempotent-replayed'], again.json().code]).toEqual([
      201,
      'true',
      created.code,
    ]);
    expect(await countDossiers()).toBe(before + 1);
    // Only the hash is kept: the replay issued a new secret, and the first one no longer opens the dossier.
    const lookup = (secret: string) =>
      app.inject({ method: 'GET', url: `/api/public/dossiers/${created.code}?mk=${secret}` });
    expect((await lookup(again.json().lookupSecret)).json()).toMatchObject({ status: 'submitted', statusCode: 1 });
    expect((await lookup(created.lookupSecret)).statusCode).toBe(404);
    const reused = await submit({ ...body, applicant: { ...body.applicant, fullName: 'Người khác' } }, key);
    expect(reused.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const row = await sql<{ channel: string; created_by: string }>`
      SELECT channel, created_by FROM dossiers WHERE ward_id = ${w.wardId} AND code = ${created.code}`.execute(
      database.db,
    );
    expect(row.rows[0]?.channel).toBe('online');
    const files = await sql<{ n: number }>`
      SELECT count(*) AS n FROM dossier_documents d JOIN dossiers x ON x.ward_id = d.ward_id AND x.id = d.dossier_id
      WHERE x.code = ${created.code} AND d.file_id IS NOT NULL`.execute(database.db);
    expect(Number(files.rows[0]!.n)).toBe(2);
  });

  it('refuses a missing required document, a missing key and a file used twice, leaving nothing behind', async () => {
    const before = await countDossiers();
    const body = await aSubmission();
    const missing = await submit({ ...body, documents: body.documents.slice(0, 1) });
    expect([missing.statusCode, missing.json().error.code]).toEqual([422, 'DOSSIER_MISSING_DOCUMENTS']);
    expect((await submit(body, null)).json().error.code).toBe('VALIDATION_FAILED');
    expect((await submit(body)).statusCode).toBe(201);
    const twice = await submit(await aSubmission({ doc1: body.documents[0]!.fileId, doc2: await uploadedId() }));
    expect(twice.json().error.code).toBe('DOSSIER_FILE_NOT_FOUND');
    const stranger = await submit(await aSubmission({ doc1: randomUUID(), doc2: await uploadedId() }));
    expect(stranger.json().error.code).toBe('DOSSIER_FILE_NOT_FOUND');
    expect(await countDossiers()).toBe(before + 1);
  });

  it('limits submissions per client address', async () => {
    const ip = '198.51.100.7';
    const body = { ...(await aSubmission()), procedureCode: 'no-such-procedure' };
    const codes: string[] = [];
    for (let i = 0; i <= PORTAL_POLICY.submissions; i++)
      codes.push((await submit(body, randomUUID(), ip)).json().error.code);
    expect(codes.slice(0, PORTAL_POLICY.submissions).every((c) => c === 'DOSSIER_PROCEDURE_UNKNOWN')).toBe(true);
    expect(codes.at(-1)).toBe('RATE_LIMITED');
    expect((await submit(body, randomUUID(), '198.51.100.8')).json().error.code).toBe('DOSSIER_PROCEDURE_UNKNOWN');
  });

  it('waits in "to receive online" until a receiver takes it in; the receipt goes out then', async () => {
    const created = (await submit(await aSubmission())).json();
    const queue = await app.inject({
      method: 'GET',
      url: '/api/dossiers?queue=to-receive',
      headers: { authorization: `Bearer ${receiver}` },
    });
    expect(queue.json().items.map((d: { code: string }) => d.code)).toContain(created.code);
    const detail = await app.inject({
      method: 'GET',
      url: `/api/dossiers/${created.code}`,
      headers: { authorization: `Bearer ${receiver}` },
    });
    expect(detail.json().documents.map((d: { file: { sha256: string; name: string } }) => d.file)).toEqual([
      expect.objectContaining({ sha256: sha(PDF), name: 'to-khai.pdf', size: PDF.length }),
      expect.objectContaining({ sha256: sha(PDF), name: 'to-khai.pdf', size: PDF.length }),
    ]);
    expect(await act(w, w.as.receiver, created.code, { type: 'receive' })).toMatchObject({ status: 'received' });
    const sent = await sql<{ template: string; data: { lookupUrl?: string } }>`
      SELECT n.template, n.data FROM notifications n JOIN dossiers d ON d.ward_id = n.ward_id
      WHERE d.code = ${created.code} AND n.channel = 'sms' AND n.dedupe_key LIKE 'dossier:' || d.id || ':%'`.execute(
      database.db,
    );
    expect(sent.rows.map((r) => r.template)).toEqual(['receipt']);
    expect(sent.rows[0]!.data.lookupUrl).toBe(`https://motcua.test/tra-cuu?ma=${encodeURIComponent(created.code)}`);
  });
});
