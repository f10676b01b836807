/**
 * `npm start`: build the web app when web/dist is missing or older than its sources, then run `motcua serve`
 * in this process (so Ctrl-C reaches the server's graceful shutdown). Arguments pass through: `npm start -- -p 4000`.
 * Also exports `ensureWebBuilt` for scripts/e2e.ts.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WEB = path.join(ROOT, 'web');
const DIST_INDEX = path.join(WEB, 'dist', 'index.html');

function newestMtime(dir: string, skip: ReadonlySet<string>): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (skip.has(full)) continue;
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full, skip));
    else if (entry.isFile()) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** Why the web app needs building, or null when web/dist is up to date. */
export function checkWebBuildNeeded(): string | null {
  if (!existsSync(DIST_INDEX)) return 'web/dist/index.html is missing';
  const built = statSync(DIST_INDEX).mtimeMs;
  const skip = new Set([path.join(WEB, 'dist'), path.join(WEB, 'node_modules')]);
  if (newestMtime(WEB, skip) > built) return 'web/ changed since the last build';
  const modules = path.join(ROOT, 'src', 'modules');
  for (const m of existsSync(modules) ? readdirSync(modules) : []) {
    const contract = path.join(modules, m, 'contracts.ts');
    if (existsSync(contract) && statSync(contract).mtimeMs > built) return `src/modules/${m}/contracts.ts changed`;
  }
  for (const f of ['package.json', 'package-lock.json']) {
    const p = path.join(ROOT, f);
    if (existsSync(p) && statSync(p).mtimeMs > built) return `${f} changed`;
  }
  return null;
}

/** Runs `vite build --config web/vite.config.ts` when needed; resolves with the seconds it took (0 when skipped). */
export async function ensureWebBuilt(): Promise<number> {
  const reason = checkWebBuildNeeded();
  if (!reason) return 0;
  process.stdout.write(`Building the web app (${reason})…\n`);
  const started = performance.now();
  const vite = path.join(ROOT, 'node_modules', '.bin', 'vite');
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(vite, ['build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: process.env,
    });
    child.once('error', reject);
    child.once('exit', (c, signal) => resolve(signal ? 1 : c));
  });
  if (code !== 0) throw new Error(`vite build failed (exit ${code})`);
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`Built the web app in ${seconds.toFixed(1)} s.\n`);
  return seconds;
}

if (import.meta.main) {
  try {
    await ensureWebBuilt();
  } catch (e) {
    process.stderr.write(`npm start: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
  const cli = path.join(ROOT, 'src', 'cli', 'main.ts');
  process.argv = [process.argv[0] ?? process.execPath, cli, 'serve', ...process.argv.slice(2)];
  await import('../src/cli/main.ts');
}
