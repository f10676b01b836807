/**
 * The `motcua` CLI on a fresh database before any server ran: migrate, seed (idempotent), token create,
 * backup; and the clear refusal when another process holds the embedded database.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminQuery, withDatabase } from '../kernel/testing/postgres-global-setup.ts';

const run = promisify(execFile);
const onServer = process.env.TEST_ENGINE === 'postgres';
let dir: string;
let env: NodeJS.ProcessEnv;
let dbName: string | undefined;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'motcua-cli-'));
  env = { ...process.env, DATA_DIR: dir, MOTCUA_DEMO_PASSWORD: 'cli-test-password', DATABASE_URL: '' };
  if (onServer) {
    dbName = `motcua_t_${inject('pgRunId')}_cli`;
    await adminQuery(inject('pgAdminUrl'), `CREATE DATABASE ${dbName}`);
    env.DATABASE_URL = withDatabase(inject('pgAdminUrl'), dbName);
  }
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  if (dbName) await adminQuery(inject('pgAdminUrl'), `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
});

const motcua = (...args: string[]) => run(process.execPath, ['src/cli/main.ts', ...args], { env, timeout: 60_000 });

describe('motcua CLI', () => {
  it('migrates, seeds idempotently and creates tokens on a fresh database', async () => {
    const migrated = JSON.parse((await motcua('db', 'migrate', '--json')).stdout);
    expect(migrated.applied.length).toBeGreaterThan(1);
    const seeded = JSON.parse((await motcua('db', 'seed', '--json')).stdout);
    expect(seeded.demo.created).toBe(true);
    const again = JSON.parse((await motcua('db', 'seed', '--json')).stdout);
    expect(again.demo).toMatchObject({ created: false, wardId: seeded.demo.wardId });
    const device = JSON.parse(
      (await motcua('token', 'create', '--ward', 'an-khanh', '--device', 'kiosk-1', '--role', 'kiosk', '--json'))
        .stdout,
    );
    expect(device.token).toMatch(/^mc_[A-Za-z0-9_-]{40,}$/);
    const user = JSON.parse(
      (await motcua('token', 'create', '--ward', 'an-khanh', '--user', 'receiver', '--json')).stdout,
    );
    expect(user.token).not.toBe(device.token);
    const audit = JSON.parse((await motcua('audit', 'verify', '--json')).stdout);
    expect(audit).toEqual([expect.objectContaining({ ward: 'an-khanh', ok: true })]);
    const bad = await motcua('token', 'create', '--ward', 'nowhere', '--user', 'admin', '--json').catch((e) => e);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('WARD_NOT_FOUND');
  }, 120_000);

  it.skipIf(onServer)(
    'refuses to open the embedded database while another process holds it',
    async () => {
      await writeFile(path.join(dir, 'motcua.lock'), `${process.pid}\n`); // this test process is alive
      const busy = await motcua('db', 'migrate').catch((e) => e);
      expect(busy.code).toBe(2);
      expect(busy.stderr).toContain('DATABASE_BUSY');
      expect(busy.stderr).toContain('held by a running server');
      await rm(path.join(dir, 'motcua.lock'));
    },
    60_000,
  );
});
