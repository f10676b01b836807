/**
 * `motcua ask …` as plain functions returning JSON-able objects; the CLI entry point wires them to commander.
 * `motcua ask "câu hỏi" --json` prints one AskResponse; `motcua ask --batch FILE.jsonl --json` reads one
 * question per line as {"q": "..."} and prints one AskResponse per line, in order.
 */
import { readFile } from 'node:fs/promises';
import { systemClock } from '../../kernel/clock.ts';
import type { Database } from '../../kernel/db.ts';
import { ask } from './application/ask.ts';
import { loadKnowledge } from './application/knowledge.ts';
import type { AskResponse, AssistantLang } from './contracts.ts';
import { answerQuestion } from './domain/answer.ts';

export interface AskCommandOptions {
  /** The ward asked (groups, phrasings, logging); without it the answer uses the catalog only and nothing is logged. */
  wardId?: string | undefined;
  lang?: AssistantLang | undefined;
  /** Log the question in the ward (default false: the CLI is for operators and tests). */
  log?: boolean;
}

/** `motcua ask "câu hỏi" [--ward CODE] [--lang vi|en] [--json]`. */
export async function askCommand(
  database: Database,
  question: string,
  opts: AskCommandOptions = {},
): Promise<AskResponse> {
  if (opts.wardId)
    return ask(
      database.db,
      systemClock,
      { wardId: opts.wardId, channel: 'cli', clientKey: null },
      { question, lang: opts.lang },
      { log: opts.log ?? false },
    );
  const knowledge = await loadKnowledge(database.db);
  const { key: _k, topScore: _s, ...answer } = answerQuestion(knowledge, question, { lang: opts.lang });
  return { questionId: null, ...answer };
}

export interface BatchProblem {
  line: number;
  reason: string;
}

/** Questions of a JSON Lines file ({"q": "..."} per line; blank lines skipped); a bad line is reported and answered as empty. */
export async function readBatch(file: string): Promise<{ questions: string[]; problems: BatchProblem[] }> {
  const text = await readFile(file, 'utf8');
  const questions: string[] = [];
  const problems: BatchProblem[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const v = JSON.parse(line) as { q?: unknown };
      if (typeof v?.q !== 'string') throw new Error('expected {"q": "..."}');
      questions.push(v.q);
    } catch (e) {
      problems.push({ line: i + 1, reason: e instanceof Error ? e.message : String(e) });
      questions.push('');
    }
  });
  return { questions, problems };
}

/** `motcua ask --batch FILE.jsonl [--ward CODE] [--json]`: one answer per question, in order. */
export async function askBatchCommand(
  database: Database,
  file: string,
  opts: AskCommandOptions = {},
): Promise<{ answers: AskResponse[]; problems: BatchProblem[] }> {
  const { questions, problems } = await readBatch(file);
  const answers: AskResponse[] = [];
  for (const q of questions) answers.push(await askCommand(database, q, opts));
  return { answers, problems };
}

/** One line per answer for people: "1.001193  0.92  Đăng ký khai sinh — Quầy A …". */
export function formatAnswer(a: AskResponse): string {
  if (!a.card) return `${a.kind}: ${a.message}`;
  return `${a.card.code}  ${a.card.name}\n  ${a.card.where.text}\n  ${a.speech}`;
}
