/**
 * Starts a private PostgreSQL server from Debian's binaries when no server answers, so the PostgreSQL
 * integration run works on a machine without one. As root, initdb must run as the postgres user.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export async function startThrowawayPostgres(): Promise<{ url: string; stop: () => Promise<void> }> {
  const bin = findBinDir();
  if (!bin) {
    throw new Error(
      'No PostgreSQL server answers at TEST_DATABASE_URL (default 127.0.0.1:5432) and no PostgreSQL binaries are ' +
        'installed. Install them with `apt-get install -y postgresql` or set TEST_DATABASE_URL.',
    );
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'motcua-pg-'));
  const port = 55_000 + Math.floor(Math.random() * 5000);
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) => {
    const full = asRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
    const r = spawnSync(full[0] as string, full[1] as string[], { stdio: 'pipe' });
    if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr?.toString()}`);
  };
  if (asRoot) execFileSync('chown', ['postgres', dir]);
  run(path.join(bin, 'initdb'), ['-D', path.join(dir, 'data'), '--auth=trust', '-E', 'UTF8', '-U', 'postgres']);
  run(path.join(bin, 'pg_ctl'), [
    '-D',
    path.join(dir, 'data'),
    '-o',
    `-h 127.0.0.1 -p ${port} -k ${dir}`,
    '-l',
    path.join(dir, 'log'),
    '-w',
    'start',
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: async () => run(path.join(bin, 'pg_ctl'), ['-D', path.join(dir, 'data'), '-m', 'fast', 'stop']),
  };
}

function findBinDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) {
    const bin = path.join(root, v, 'bin');
    if (existsSync(path.join(bin, 'initdb'))) return bin;
  }
  return undefined;
}
