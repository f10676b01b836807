/**
 * Arrivals for the simulator: CSV `arrival,group,service_minutes[,priority]`, one citizen per line, an
 * optional header line. `arrival` is an ISO date-time; without an offset it is read as Asia/Ho_Chi_Minh.
 * `priority` is empty/0/no/false for none, or 1/yes/true or a category (elderly, disability…).
 */
import { PriorityCategory } from '../contracts.ts';

export interface Arrival {
  /** 1-based line in the file. */
  line: number;
  at: number; // epoch ms
  group: string;
  serviceMinutes: number;
  priority: boolean;
}

export interface CsvProblem {
  line: number;
  reason: string;
}

export type ParsedArrivals = { ok: true; arrivals: Arrival[] } | { ok: false; problems: CsvProblem[] };

const ISO = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/;
const HAS_ZONE = /(Z|[+-]\d{2}:\d{2})$/;
const NO = new Set(['', '0', 'no', 'false', 'n']);
const YES = new Set(['1', 'yes', 'true', 'y', 'priority']);

export function parseArrivalsCsv(text: string, maxProblems = 20): ParsedArrivals {
  const arrivals: Arrival[] = [];
  const problems: CsvProblem[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const line = i + 1;
    const text = raw.trim();
    if (text === '' || text.startsWith('#')) continue;
    if (line === 1 && /^arrival\s*,/i.test(text)) continue;
    const result = parseLine(text, line);
    if ('reason' in result) {
      problems.push(result);
      if (problems.length >= maxProblems) break;
    } else arrivals.push(result);
  }
  if (problems.length === 0 && arrivals.length === 0) problems.push({ line: 1, reason: 'no arrivals in the file' });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, arrivals };
}

function parseLine(text: string, line: number): Arrival | CsvProblem {
  if (text.includes('"')) return { line, reason: 'quoted fields are not supported' };
  const cells = text.split(',').map((c) => c.trim());
  if (cells.length < 3 || cells.length > 4)
    return { line, reason: `expected 3 or 4 columns (arrival,group,service_minutes[,priority]), got ${cells.length}` };
  const [arrival, group, service, priority = ''] = cells as [string, string, string, string?];
  if (!ISO.test(arrival)) return { line, reason: `arrival "${arrival}" is not an ISO date-time` };
  const at = Date.parse(HAS_ZONE.test(arrival) ? arrival.replace(' ', 'T') : `${arrival.replace(' ', 'T')}+07:00`);
  if (Number.isNaN(at)) return { line, reason: `arrival "${arrival}" is not a valid date-time` };
  if (!/^[A-Za-z0-9_-]{1,20}$/.test(group)) return { line, reason: `group "${group}" must be 1–20 letters or digits` };
  const minutes = Number(service);
  if (service === '' || !Number.isFinite(minutes) || minutes <= 0 || minutes > 24 * 60)
    return { line, reason: `service_minutes "${service}" must be a number above 0 and at most 1440` };
  const p = priority.toLowerCase();
  let isPriority: boolean;
  if (NO.has(p)) isPriority = false;
  else if (YES.has(p) || PriorityCategory.safeParse(p).success) isPriority = true;
  else return { line, reason: `priority "${priority}" is not one of 0/1, yes/no or a priority category` };
  return { line, at, group: group.toUpperCase(), serviceMinutes: minutes, priority: isPriority };
}
