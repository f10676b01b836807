/**
 * The catalog seed format: JSON Lines, one record per line, each with a `kind`:
 * - `procedure`: a curated procedure the ward center handles or is asked about (rich record);
 * - `national`: an entry of the national catalog (name, code, field, handling body, level).
 * Blank lines and lines starting with `//` are ignored. Files may be gzip-compressed (`.gz`).
 */
import { z } from 'zod';
import {
  Channel,
  ClockRules,
  Duration,
  Fee,
  ProcedureLevel,
  RequiredDocument,
  TimeSource,
  UnverifiedValue,
} from '../contracts.ts';

const text = z.string().trim().min(1);

export const SeedProcedure = z
  .object({
    kind: z.literal('procedure'),
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,80}$/, 'id: lower-case letters, digits and dashes'),
    code: z
      .string()
      .regex(/^\d\.\d{6}$/, 'code: national code like 1.001193')
      .nullable(),
    nameVi: text,
    nameEn: text.nullable(),
    field: text,
    level: ProcedureLevel,
    handlingBody: text,
    handledAtCenter: z.boolean(),
    whereToGo: text.nullable().default(null),
    channels: z.array(Channel).min(1),
    processingTime: z.object({
      text: z.string().nullable(),
      /** When absent the importer parses `text`. */
      duration: Duration.optional(),
      source: TimeSource.optional(),
      needsReview: z.boolean().optional(),
    }),
    feeText: z.string().nullable(),
    fees: z.array(Fee).default([]),
    documents: z.array(RequiredDocument).default([]),
    result: z.string().nullable(),
    legalBasis: z.array(z.string()).default([]),
    steps: z.array(z.string()).default([]),
    synonyms: z.array(z.string()).default([]),
    rules: z.string().nullable().default(null),
    notes: z.string().nullable().default(null),
    sources: z
      .array(z.object({ url: z.string().nullish(), via: z.string().nullish(), note: z.string().nullish() }))
      .default([]),
    fullySourced: z.boolean(),
    unverified: z.array(UnverifiedValue).default([]),
    clockRules: ClockRules.optional(),
  })
  .strict();
export type SeedProcedure = z.infer<typeof SeedProcedure>;

export const SeedNational = z
  .object({
    kind: z.literal('national'),
    code: z.string().regex(/^\d[0-9A-Za-z.-]{0,40}$/, 'code: national code like 1.001193'),
    name: text,
    field: z.string(),
    handlingBodies: z.array(z.string()),
    level: ProcedureLevel,
    promulgatingBody: z.string().nullable(),
    type: z.enum(['STANDARD', 'SPECIFIC', 'STANDARD_INTERNAL']),
    portalId: z.string().nullable(),
  })
  .strict();
export type SeedNational = z.infer<typeof SeedNational>;

export const SeedRecord = z.discriminatedUnion('kind', [SeedProcedure, SeedNational]);
export type SeedRecord = z.infer<typeof SeedRecord>;

export interface SeedProblem {
  file: string;
  line: number;
  reason: string;
}

export interface ParsedSeed {
  procedures: SeedProcedure[];
  national: SeedNational[];
  /** Keys seen so far, across files: duplicates are refused with their line. */
  seen: { ids: Set<string>; codes: Set<string>; national: Set<string> };
}

export function emptySeed(): ParsedSeed {
  return { procedures: [], national: [], seen: { ids: new Set(), codes: new Set(), national: new Set() } };
}

function duplicateOf(seed: ParsedSeed, record: SeedRecord): string | undefined {
  const { seen } = seed;
  if (record.kind === 'national') {
    if (seen.national.has(record.code)) return `duplicate national code ${record.code}`;
    seen.national.add(record.code);
    return undefined;
  }
  if (seen.ids.has(record.id)) return `duplicate procedure id ${record.id}`;
  seen.ids.add(record.id);
  if (record.code) {
    if (seen.codes.has(record.code)) return `duplicate procedure code ${record.code}`;
    seen.codes.add(record.code);
  }
  return undefined;
}

/**
 * Parses the lines of one seed file. Returns the records, or the first problem (with its line number)
 * so that the whole import can be refused before anything is written.
 */
export function parseSeedLines(file: string, content: string, into: ParsedSeed): SeedProblem | undefined {
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (raw === '' || raw.startsWith('//')) continue;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (e) {
      return { file, line: i + 1, reason: `not valid JSON: ${(e as Error).message}` };
    }
    const parsed = SeedRecord.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return { file, line: i + 1, reason: `${issue.path.join('.') || 'record'}: ${issue.message}` };
    }
    const duplicate = duplicateOf(into, parsed.data);
    if (duplicate) return { file, line: i + 1, reason: duplicate };
    if (parsed.data.kind === 'procedure') into.procedures.push(parsed.data);
    else into.national.push(parsed.data);
  }
  return undefined;
}
