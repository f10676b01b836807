/**
 * Checks an announced year schedule (a JSON file or an object) as a whole: every problem is reported with
 * the entry number and, for file text, the line; one problem rejects the whole file.
 */
import { dayOfWeek, plainDateParts } from '../../../kernel/plain-date.ts';
import { YearSchedule } from '../contracts.ts';

export interface ScheduleProblem {
  /** 1-based entry number in `entries`, when the problem is in an entry. */
  readonly entry?: number;
  /** 1-based line in the file text, when known. */
  readonly line?: number;
  readonly column?: number;
  /** Dotted path of the field, e.g. `entries.2.date`. */
  readonly path: string;
  readonly reason: string;
}

export type ScheduleCheck = { ok: true; value: YearSchedule } | { ok: false; problems: ScheduleProblem[] };

/** Parses and checks file text. */
export function checkYearScheduleText(text: string): ScheduleCheck {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const position = /position (\d+)/.exec(message);
    const where = position ? lineColumnOf(text, Number(position[1])) : {};
    return { ok: false, problems: [{ path: '', reason: `invalid JSON: ${message}`, ...where }] };
  }
  return checkYearSchedule(input, text);
}

/** Checks a parsed schedule; `text`, when given, lets problems carry line numbers. */
export function checkYearSchedule(input: unknown, text?: string): ScheduleCheck {
  const entryLines = text === undefined ? [] : entryStartLines(text);
  const locate = (entryIndex: number | undefined) => {
    if (entryIndex === undefined) return {};
    const line = entryLines[entryIndex];
    return line === undefined ? { entry: entryIndex + 1 } : { entry: entryIndex + 1, line };
  };
  const parsed = YearSchedule.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const entryIndex = issue.path[0] === 'entries' && typeof issue.path[1] === 'number' ? issue.path[1] : undefined;
        return { ...locate(entryIndex), path: issue.path.join('.'), reason: issue.message };
      }),
    };
  }
  const schedule = parsed.data;
  const problems: ScheduleProblem[] = [];
  const byDate = new Map(schedule.entries.map((e, i) => [e.date as string, { entry: e, index: i }]));
  const seen = new Set<string>();
  schedule.entries.forEach((e, i) => {
    const add = (field: string, reason: string) =>
      problems.push({ ...locate(i), path: `entries.${i}.${field}`, reason });
    if (plainDateParts(e.date).year !== schedule.year) add('date', `date ${e.date} is not in ${schedule.year}`);
    if (seen.has(e.date)) add('date', `date ${e.date} is listed twice`);
    seen.add(e.date);
    const dow = dayOfWeek(e.date);
    const weekend = dow === 0 || dow === 6;
    if (e.kind === 'makeup-workday' && !weekend) add('kind', `a make-up workday must be a Saturday or Sunday`);
    if ((e.kind === 'swapped' || e.kind === 'compensatory') && weekend) {
      add('kind', `a ${e.kind} day off must be a weekday (Monday–Friday)`);
    }
    if (e.replaces !== undefined) {
      if (e.kind !== 'makeup-workday') add('replaces', 'only a make-up workday replaces a swapped day');
      else if (byDate.get(e.replaces)?.entry.kind !== 'swapped') {
        add('replaces', `${e.replaces} is not a swapped day of this schedule`);
      }
    }
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: schedule };
}

export function lineColumnOf(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return { line, column: position - before.lastIndexOf('\n') };
}

/** 1-based line where each element of the top-level `"entries": [...]` array starts (best effort). */
export function entryStartLines(text: string): number[] {
  const match = /"entries"\s*:\s*\[/.exec(text);
  if (!match) return [];
  const lines: number[] = [];
  let line = text.slice(0, match.index + match[0].length).split('\n').length;
  let depth = 0;
  let inString = false;
  let expectValue = true;
  for (let i = match.index + match[0].length; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') continue;
    if (depth === 0 && c === ']') break;
    if (depth === 0 && c === ',') {
      expectValue = true;
      continue;
    }
    if (depth === 0 && expectValue) {
      lines.push(line);
      expectValue = false;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return lines;
}
