/**
 * `npm run eval:assistant`: the assistant on the labelled questions, beside a plain substring search in the
 * same run. Loads the committed catalog (72 curated procedures + the full national catalog) into an
 * in-memory database, builds the assistant's index through its public surface, then for each set prints
 * top-1, top-3 (questions with a label), abstention on out-of-scope questions (label null: correct when
 * no ward procedure is given as a confident answer), English answered in English, and answer-time
 * percentiles. `tuning.jsonl` was used to tune; `heldout.jsonl` was written once and never tuned on.
 * `--strict` exits non-zero when a target is missed; `--set=tuning` runs one set; `--verbose` lists misses.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../src/kernel/db.ts';
import { migrate } from '../../src/kernel/migrations.ts';
import { answerQuestion, type Knowledge, loadKnowledge } from '../../src/modules/assistant/index.ts';
import { importCatalog } from '../../src/modules/catalog/index.ts';
import { substringBaseline } from './baseline.ts';

const DIR = path.dirname(fileURLToPath(import.meta.url));
const REPEAT = 5;
const TARGETS = { top1: 90, top3: 97, abstain: 90, p99: 20 };

interface Labelled {
  q: string;
  label: string | string[] | null;
  lang?: 'vi' | 'en';
}

interface Result {
  codes: string[];
  answeredHere: boolean;
  lang: string;
}

function readSet(name: string): { items: Labelled[]; sha: string } {
  const text = readFileSync(path.join(DIR, name), 'utf8');
  const items = text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Labelled);
  return { items, sha: createHash('sha256').update(text).digest('hex').slice(0, 16) };
}

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)} %`);
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

function measure(items: readonly Labelled[], answer: (q: string) => Result) {
  for (const it of items) answer(it.q); // warm-up
  const times: number[] = [];
  const results: Result[] = [];
  for (const it of items) {
    let r: Result | undefined;
    for (let i = 0; i < REPEAT; i++) {
      const t0 = performance.now();
      r = answer(it.q);
      times.push(performance.now() - t0);
    }
    results.push(r as Result);
  }
  let inScope = 0;
  let top1 = 0;
  let top3 = 0;
  let oos = 0;
  let abstained = 0;
  let en = 0;
  let enOk = 0;
  const misses: string[] = [];
  items.forEach((it, i) => {
    const r = results[i] as Result;
    if (it.lang === 'en') {
      en++;
      if (r.lang === 'en') enOk++;
    }
    if (it.label === null) {
      oos++;
      if (!r.answeredHere) abstained++;
      else misses.push(`  out-of-scope answered: ${JSON.stringify(it.q)} → ${r.codes[0]}`);
      return;
    }
    const labels = [it.label].flat();
    inScope++;
    if (labels.includes(r.codes[0] as string)) top1++;
    else
      misses.push(
        `  top-1 miss: ${JSON.stringify(it.q)} → ${r.codes.slice(0, 3).join(', ')} (want ${labels.join('|')})`,
      );
    if (r.codes.slice(0, 3).some((c) => labels.includes(c))) top3++;
  });
  times.sort((a, b) => a - b);
  return {
    inScope,
    oos,
    top1: pct(top1, inScope),
    top3: pct(top3, inScope),
    abstain: pct(abstained, oos),
    english: pct(enOk, en),
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    max: times[times.length - 1] ?? 0,
    raw: { top1: (100 * top1) / inScope, top3: (100 * top3) / inScope, abstain: (100 * abstained) / oos },
    misses,
  };
}

function assistantAnswer(k: Knowledge) {
  return (q: string): Result => {
    const a = answerQuestion(k, q);
    return {
      codes: a.answers.map((x) => x.code),
      answeredHere: a.confident && (a.card?.handledHere ?? false),
      lang: a.lang,
    };
  };
}

async function main(): Promise<void> {
  const strict = process.argv.includes('--strict');
  const verbose = process.argv.includes('--verbose');
  const database = await openDatabase({ dataDir: '', inMemory: true });
  let failed = false;
  let knowledge: Knowledge;
  let imported: Awaited<ReturnType<typeof importCatalog>>;
  let buildMs: number;
  try {
    await migrate(database);
    imported = await importCatalog(database.db);
    const t0 = performance.now();
    knowledge = await loadKnowledge(database.db);
    buildMs = performance.now() - t0;
  } finally {
    // The answers come from memory; the embedded database's heap would only add GC pauses to the timings.
    await database.close();
  }
  {
    const baseline = substringBaseline(knowledge);
    process.stdout.write(
      `Catalog: ${imported.procedures.inserted} curated + ${imported.national.inserted} national entries; ` +
        `assistant index over ${knowledge.index.docs.length} records built in ${buildMs.toFixed(0)} ms.\n` +
        `Answer time: each question answered ${REPEAT}× after a warm-up, in process (no HTTP, no logging).\n\n`,
    );
    const header = `${'set'.padEnd(22)}${'system'.padEnd(11)}${'n (in/out)'.padEnd(12)}${'top-1'.padEnd(9)}${'top-3'.padEnd(9)}${'abstain'.padEnd(9)}${'English'.padEnd(9)}${'p50 ms'.padEnd(8)}${'p99 ms'.padEnd(8)}max ms`;
    process.stdout.write(`${header}\n${'-'.repeat(header.length)}\n`);
    const only = process.argv.find((a) => a.startsWith('--set='))?.slice('--set='.length);
    for (const file of ['tuning.jsonl', 'heldout.jsonl'].filter((f) => !only || f.startsWith(only))) {
      const { items, sha } = readSet(file);
      for (const [system, fn] of [
        ['assistant', assistantAnswer(knowledge)],
        ['substring', baseline],
      ] as const) {
        const m = measure(items, fn);
        process.stdout.write(
          `${`${file} ${sha.slice(0, 6)}`.padEnd(22)}${system.padEnd(11)}${`${m.inScope}/${m.oos}`.padEnd(12)}` +
            `${m.top1.padEnd(9)}${m.top3.padEnd(9)}${m.abstain.padEnd(9)}${m.english.padEnd(9)}` +
            `${m.p50.toFixed(2).padEnd(8)}${m.p99.toFixed(2).padEnd(8)}${m.max.toFixed(2)}\n`,
        );
        if (system === 'assistant') {
          const missed =
            m.raw.top1 < TARGETS.top1 ||
            m.raw.top3 < TARGETS.top3 ||
            m.raw.abstain < TARGETS.abstain ||
            m.p99 >= TARGETS.p99;
          if (missed) failed = true;
          if (verbose && m.misses.length) process.stdout.write(`${m.misses.join('\n')}\n`);
        }
      }
    }
    process.stdout.write(
      `\nTargets: top-1 ≥ ${TARGETS.top1} %, top-3 ≥ ${TARGETS.top3} %, abstention ≥ ${TARGETS.abstain} %, p99 < ${TARGETS.p99} ms` +
        ` — ${failed ? 'NOT all met (see above)' : 'all met on both sets'}.\n`,
    );
  }
  if (strict && failed) process.exitCode = 1;
}

await main();
