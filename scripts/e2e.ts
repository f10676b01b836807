/**
 * `npm run test:e2e`: build the web app if needed; for each e2e/*.journey.ts, start `motcua serve` on a free port
 * with a fresh embedded database and a random demo password and run that file's journeys in Debian's Chromium (nothing is
 * downloaded), then stop the server with SIGINT and clean up. Exits non-zero when any journey fails.
 * `node scripts/e2e.ts admin` runs only journeys whose name contains "admin".
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { Journey, JourneyContext } from '../e2e/support.ts';
import { ensureWebBuilt } from './start.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const E2E = path.join(ROOT, 'e2e');
const SCREENSHOTS = path.join(E2E, 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** 16 characters from [A-Za-z0-9_-]. */
function randomPassword(): string {
  return randomBytes(12).toString('base64url');
}

interface Server {
  child: ChildProcess;
  output: string[];
  exited: Promise<number | null>;
}

function startServer(port: number, dataDir: string, password: string): Server {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    MOTCUA_DEMO_PASSWORD: password,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    COOKIE_SECURE: 'false',
  };
  delete env.DATABASE_URL;
  delete env.MOTCUA_NO_SEED;
  delete env.PUBLIC_URL;
  const child = spawn(process.execPath, [path.join(ROOT, 'src/cli/main.ts'), 'serve'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString('utf8'));
    if (output.length > 400) output.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output, exited };
}

async function waitForHealth(baseUrl: string, server: Server, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  void server.exited.then((c) => {
    exitCode = c;
  });
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`the server exited early (code ${exitCode})`);
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server did not answer /api/health within ${timeoutMs / 1000} s`);
}

async function stopServer(server: Server): Promise<void> {
  if (server.child.exitCode !== null) return;
  server.child.kill('SIGINT');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 20_000);
  await server.exited;
  clearTimeout(timer);
}

async function loadJourneys(filter: string | undefined): Promise<Journey[]> {
  const files = readdirSync(E2E)
    .filter((f) => f.endsWith('.journey.ts'))
    .sort();
  const all: Journey[] = [];
  for (const f of files) {
    const mod = (await import(pathToFileURL(path.join(E2E, f)).href)) as { journeys?: Journey[] };
    if (!Array.isArray(mod.journeys)) throw new Error(`${f} must export \`journeys: Journey[]\``);
    all.push(...mod.journeys.map((j) => ({ ...j, name: `${f.replace('.journey.ts', '')}: ${j.name}` })));
  }
  return filter ? all.filter((j) => j.name.includes(filter)) : all;
}

async function main(): Promise<number> {
  const started = performance.now();
  if (!existsSync(CHROMIUM)) {
    log(`e2e: ${CHROMIUM} not found. Install Debian's Chromium: apt-get install -y chromium`);
    return 2;
  }
  await ensureWebBuilt();
  const journeys = await loadJourneys(process.argv[2]);
  if (journeys.length === 0) {
    log('e2e: no journeys matched');
    return 2;
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  const password = randomPassword();
  const failures: string[] = [];
  const tails: string[] = [];
  // Each journey file gets a fresh server and database, as when it runs alone: journeys never see each other's data.
  const files = [...new Set(journeys.map((j) => j.name.split(':')[0]))];
  for (const file of files) {
    const group = journeys.filter((j) => j.name.split(':')[0] === file);
    const tail = await runOnFreshServer(group, password, failures);
    if (tail) tails.push(`[${file}]\n${tail}`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (failures.length) {
    log(`\ne2e: ${failures.length} of ${journeys.length} journeys failed (${seconds} s). Server output (tail):`);
    for (const t of tails) log(indent(t));
    for (const f of failures) log(`\nFAILED ${f.split('\n')[0]}`);
    return 1;
  }
  log(
    `e2e: ${journeys.length} journey${journeys.length === 1 ? '' : 's'} passed in ${seconds} s; screenshots in e2e/screenshots/`,
  );
  return 0;
}

/** Runs `journeys` against a new server on a new embedded database; returns the server's output tail on failure. */
async function runOnFreshServer(journeys: Journey[], password: string, failures: string[]): Promise<string | null> {
  const before = failures.length;
  const started = performance.now();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'motcua-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = startServer(port, dataDir, password);
  try {
    await waitForHealth(baseUrl, server, 60_000);
    log(`e2e: server ready at ${baseUrl} after ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    try {
      const ctx: JourneyContext = { browser, baseUrl, password, screenshotDir: SCREENSHOTS };
      for (const j of journeys) {
        const t0 = performance.now();
        try {
          await j.run(ctx);
          log(`  ✔ ${j.name} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
        } catch (e) {
          const msg = e instanceof Error ? (e.stack ?? e.message) : String(e);
          failures.push(`${j.name}\n${msg}`);
          log(`  ✘ ${j.name}\n${indent(msg)}`);
        }
      }
    } finally {
      await browser.close();
    }
  } catch (e) {
    failures.push(`setup: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
  return failures.length > before ? server.output.join('').split('\n').slice(-60).join('\n') : null;
}

function indent(s: string): string {
  return s
    .split('\n')
    .map((l) => `      ${l}`)
    .join('\n');
}

process.exitCode = await main().catch((e: unknown) => {
  log(`e2e: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  return 1;
});
