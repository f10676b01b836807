/** The file store over HTTP and directly: upload, dedupe, limits, ward scoping, checksum verification. */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../kernel/actor.ts';
import { fixedClock } from '../../kernel/clock.ts';
import type { Database } from '../../kernel/db.ts';
import { commonError } from '../../kernel/errors.ts';
import { type App, isAllowed, type PermissionTable } from '../../kernel/http.ts';
import { createTestDatabase } from '../../kernel/testing/test-database.ts';
import { registerErrorHandling } from '../../server/plugins/errors.ts';
import { authenticateToken } from '../identity/index.ts';
import { insertTestWard, tokenFor } from '../identity/testing/builders.ts';
import { readFile } from './application/read-file.ts';
import { storeFile } from './application/store-file.ts';
import { DOCX } from './domain/media-types.ts';
import { filesPermissions } from './http/permissions.ts';
import { registerFilesRoutes } from './http/routes.ts';
import { createLocalBlobStore, type LocalBlobStore } from './infra/local-blob-store.ts';

const LIMIT = 64 * 1024;
const clock = fixedClock('2026-11-26T02:00:00Z');
let database: Database;
let app: App;
let dir: string;
let store: LocalBlobStore;
let wardA: string;
let wardB: string;
let tokenA: string;
let tokenB: string;

/** The server's auth hook over this module's permission rows; a 1 KiB JSON body limit like a strict server. */
async function routeApp(): Promise<App> {
  const a = Fastify({ logger: false, bodyLimit: 1024 }).withTypeProvider<ZodTypeProvider>();
  a.setValidatorCompiler(validatorCompiler);
  a.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(a);
  a.decorateRequest('actor', null);
  const table: PermissionTable = filesPermissions;
  a.addHook('onRequest', async (req) => {
    const access = table[`${req.method} ${req.routeOptions.url}`];
    if (!access) throw commonError('FORBIDDEN');
    const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    req.actor = m ? ((await authenticateToken(database.db, clock, m[1] as string)) ?? null) : null;
    if (!req.actor) throw commonError('AUTH_REQUIRED');
    if (!isAllowed(access, req.actor.kind === 'device' ? 'device' : 'staff', req.actor.roles))
      throw commonError('FORBIDDEN');
  });
  await registerFilesRoutes(a, { database, clock }, { store, uploadLimitBytes: LIMIT });
  await a.ready();
  return a;
}

beforeAll(async () => {
  database = await createTestDatabase();
  dir = await mkdtemp(path.join(os.tmpdir(), 'motcua-files-'));
  store = createLocalBlobStore(path.join(dir, 'files'));
  app = await routeApp();
  wardA = await insertTestWard(database.db);
  wardB = await insertTestWard(database.db);
  tokenA = await tokenFor(database.db, wardA, 'receiver');
  tokenB = await tokenFor(database.db, wardB, 'receiver');
});
afterAll(async () => {
  await app.close();
  await database.close();
  await rm(dir, { recursive: true, force: true });
});

const pdf = (size = 3000) => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(size - 9)]);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

function upload(
  token: string,
  content: Buffer,
  opts: { name?: string; type?: string; field?: string; kind?: string } = {},
) {
  const boundary = `----motcua${randomBytes(8).toString('hex')}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${opts.field ?? 'file'}"; filename="${opts.name ?? 'giấy tờ.pdf'}"\r\n` +
        `Content-Type: ${opts.type ?? 'application/pdf'}\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return app.inject({
    method: 'POST',
    url: `/api/files${opts.kind ? `?kind=${opts.kind}` : ''}`,
    headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload,
  });
}
const download = (token: string, id: string) =>
  app.inject({ method: 'GET', url: `/api/files/${id}`, headers: { authorization: `Bearer ${token}` } });

async function blobCount(): Promise<number> {
  let n = 0;
  for (const d of await readdir(store.root)) if (d !== 'tmp') n += (await readdir(path.join(store.root, d))).length;
  return n;
}

describe('file store', () => {
  it('uploads a file larger than the JSON body limit and streams it back with its type', async () => {
    const bytes = pdf(20_000);
    const res = await upload(tokenA, bytes, { kind: 'scan' });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ sha256: sha(bytes), size: 20_000, mediaType: 'application/pdf', kind: 'scan' });
    expect(body.name).toBe('giấy tờ.pdf');
    const got = await download(tokenA, body.id);
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-type']).toBe('application/pdf');
    expect(got.headers['content-disposition']).toContain("filename*=UTF-8''gi%E1%BA%A5y%20t%E1%BB%9D.pdf");
    expect(Buffer.compare(got.rawPayload, bytes)).toBe(0);
  });

  it('stores identical content once, under its hash, with one metadata row per upload', async () => {
    const before = await blobCount();
    const bytes = pdf();
    const first = (await upload(tokenA, bytes, { name: 'a.pdf' })).json();
    const second = (await upload(tokenA, bytes, { name: 'b.pdf' })).json();
    expect(second.sha256).toBe(first.sha256);
    expect(second.id).not.toBe(first.id);
    expect(await blobCount()).toBe(before + 1);
    expect(store.locate(first.sha256)).toBe(path.join(store.root, first.sha256.slice(0, 2), first.sha256));
  });

  it('accepts DOCX by extension for ZIP bytes and refuses other types, whatever they claim', async () => {
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), randomBytes(100)]);
    const docx = await upload(tokenA, zip, { name: 'đơn.docx', type: 'application/octet-stream' });
    expect(docx.json().mediaType).toBe(DOCX);
    const before = await blobCount();
    const exe = await upload(tokenA, Buffer.from('MZ\x90\x00 not a pdf at all'), { name: 'x.pdf' });
    expect(exe.statusCode).toBe(415);
    expect(exe.json().error).toMatchObject({
      code: 'FILE_TYPE_NOT_ALLOWED',
      messageVi: expect.stringContaining('PDF'),
    });
    expect(await blobCount()).toBe(before);
    expect(await readdir(path.join(store.root, 'tmp'))).toEqual([]);
  });

  it('refuses a file over the limit, an empty file and a request without a file part', async () => {
    const before = await blobCount();
    const big = await upload(tokenA, pdf(LIMIT + 1));
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('FILE_TOO_LARGE');
    expect((await upload(tokenA, pdf(LIMIT))).statusCode).toBe(201);
    expect((await upload(tokenA, Buffer.alloc(0))).json().error.code).toBe('FILE_EMPTY');
    expect((await upload(tokenA, pdf(), { field: 'other' })).json().error.code).toBe('FILE_PART_MISSING');
    const json = await app.inject({
      method: 'POST',
      url: '/api/files',
      headers: { authorization: `Bearer ${tokenA}` },
      payload: {},
    });
    expect([json.statusCode, json.json().error.code]).toEqual([400, 'FILE_PART_MISSING']);
    expect(await blobCount()).toBe(before + 1);
    expect(await readdir(path.join(store.root, 'tmp'))).toEqual([]);
  });

  it('does not let another ward read a file (404), nor a viewer upload', async () => {
    const { id } = (await upload(tokenA, pdf())).json();
    const other = await download(tokenB, id);
    expect([other.statusCode, other.json().error.code]).toEqual([404, 'FILE_NOT_FOUND']);
    const viewer = await tokenFor(database.db, wardA, 'viewer');
    expect((await upload(viewer, pdf())).statusCode).toBe(403);
    expect((await download(viewer, id)).statusCode).toBe(200);
  });

  it('catches a file changed on disk after upload', async () => {
    const bytes = pdf();
    const { id, sha256 } = (await upload(tokenA, bytes)).json();
    const tampered = Buffer.from(bytes);
    tampered[100] = (tampered[100] as number) ^ 0xff;
    await writeFile(store.locate(sha256), tampered);
    const res = await download(tokenA, id);
    expect([res.statusCode, res.json().error.code]).toEqual([503, 'FILE_CHECKSUM_MISMATCH']);
    await expect(readFile(database.db, store, { wardId: wardA, id })).rejects.toMatchObject({
      code: 'FILE_CHECKSUM_MISMATCH',
    });
    // Uploading the genuine content again heals the store.
    await upload(tokenA, bytes);
    expect((await download(tokenA, id)).statusCode).toBe(200);
  });

  it('stores generated documents from memory and reads them back verified', async () => {
    const bytes = pdf(500);
    const stored = await storeFile(database.db, store, {
      wardId: wardB,
      bytes,
      name: 'to-khai.pdf',
      mediaType: 'application/pdf',
      kind: 'generated-form',
      actor: systemActor(wardB),
    });
    const read = await readFile(database.db, store, { wardId: wardB, id: stored.id });
    expect(read.file).toEqual(stored);
    expect(Buffer.compare(read.bytes, bytes)).toBe(0);
    await expect(readFile(database.db, store, { wardId: wardA, id: stored.id })).rejects.toMatchObject({
      code: 'FILE_NOT_FOUND',
    });
  });
});
