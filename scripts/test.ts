/**
 * `npm test`: every quality gate in order, stopping at the first failure:
 * typecheck → lint (Biome + dependency rules) → unit → integration on PGlite → integration on PostgreSQL →
 * browser journeys in Debian Chromium. Prints how long each step took.
 */
import { spawnSync } from 'node:child_process';

const steps: Array<[string, string, string[]]> = [
  ['typecheck', 'tsc', ['-p', 'tsconfig.json', '--noEmit']],
  ['lint', 'biome', ['check', '.']],
  ['dependency rules', 'depcruise', ['src', 'web', '--config', '.dependency-cruiser.cjs']],
  ['unit tests', 'vitest', ['run', '--project', 'unit']],
  ['integration tests on PGlite', 'vitest', ['run', '--project', 'pglite']],
  ['integration tests on PostgreSQL', 'vitest', ['run', '--project', 'postgres']],
  ['browser journeys', 'node', ['scripts/e2e.ts']],
];

const only = process.argv.slice(2);
const results: string[] = [];
for (const [name, cmd, args] of steps) {
  if (only.length && !only.some((o) => name.includes(o))) continue;
  process.stdout.write(`\n━━ ${name} ━━\n`);
  const started = Date.now();
  const r = spawnSync(cmd === 'node' ? process.execPath : `node_modules/.bin/${cmd}`, args, {
    stdio: 'inherit',
    env: { ...process.env, TZ: 'UTC' },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push(`${r.status === 0 ? '✔' : '✘'} ${name} (${seconds} s)`);
  if (r.status !== 0) {
    process.stdout.write(`\n${results.join('\n')}\n\nnpm test: "${name}" failed.\n`);
    process.exit(1);
  }
}
process.stdout.write(`\n${results.join('\n')}\n\nnpm test: all passed.\n`);
