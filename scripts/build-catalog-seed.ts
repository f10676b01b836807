/**
 * Builds the committed catalog seed (db/seeds/catalog/) from the curated research data in
 * ../shared/catalog (or CATALOG_SOURCE / the first argument). Only this script reads that folder; the
 * runtime reads the seed.
 *
 *   npx node scripts/build-catalog-seed.ts [sourceDir]
 *
 * Both files are gzip-compressed JSON Lines (the portal's document lists and steps are long).
 * - ward-procedures.jsonl.gz: the 72 curated procedures, enriched from national/details/<code>.json
 *   (documents with original/copy counts, channels, fees, legal basis, steps); `from_memory` values
 *   become `unverified`; the processing time is parsed (portal case value as fallback) or flagged.
 * - national.jsonl.gz: the 5,670-entry national catalog (name, code, field, handling bodies, level).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Channel, Duration, Fee, RequiredDocument, UnverifiedValue } from '../src/modules/catalog/contracts.ts';
import { documentFromText } from '../src/modules/catalog/domain/documents.ts';
import { isHandledAtCenter, levelOfBodies } from '../src/modules/catalog/domain/levels.ts';
import { parseProcessingTime } from '../src/modules/catalog/domain/processing-time.ts';
import { SeedNational, SeedProcedure } from '../src/modules/catalog/domain/seed-records.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.resolve(process.argv[2] ?? process.env.CATALOG_SOURCE ?? path.join(root, '../shared/catalog'));
const out = path.join(root, 'db/seeds/catalog');

// biome-ignore lint/suspicious/noExplicitAny: raw research JSON, validated on output
type Raw = any;

const readJson = (file: string): Raw => JSON.parse(readFileSync(file, 'utf8'));
const detailOf = (code: string | null): Raw | undefined => {
  const file = path.join(source, 'national/details', `${code}.json`);
  return code && existsSync(file) ? readJson(file).data : undefined;
};

const CHANNELS: Record<string, Channel> = { DIRECT: 'counter', ONLINE: 'online', POSTAL: 'post' };
const FIELD_MAP: Record<string, UnverifiedValue['field']> = {
  processing_time: 'processingTime',
  fee: 'fee',
  required_documents: 'documents',
  result: 'result',
  rules: 'rules',
};

function levelOfDetail(d: Raw): 'ward' | 'province' | 'central' | 'other' {
  if (d.isWard) return 'ward';
  if (d.isProvince) return 'province';
  if (d.isMinistry) return 'central';
  return 'other';
}

function channelsOf(d: Raw | undefined): Channel[] {
  const set = new Set<Channel>();
  for (const m of d?.executionMethods ?? []) if (CHANNELS[m.submissionMethod]) set.add(CHANNELS[m.submissionMethod]!);
  return set.size ? (['counter', 'online', 'post'] as const).filter((c) => set.has(c)) : ['counter'];
}

function feesOf(d: Raw | undefined): Fee[] {
  const byKey = new Map<string, Fee>();
  for (const m of d?.executionMethods ?? []) {
    for (const f of m.fees ?? []) {
      const description = String(f.description ?? '')
        .trim()
        .replace(/\.$/, '');
      const value = Number(f.value) || 0;
      const amountVnd = value > 0 ? value : description === '' || /miễn|không thu/i.test(description) ? 0 : null;
      const key = `${amountVnd}|${description}`;
      const fee = byKey.get(key) ?? { amountVnd, description, channels: [] };
      const channel = CHANNELS[m.submissionMethod];
      if (channel && !fee.channels.includes(channel)) fee.channels.push(channel);
      byKey.set(key, fee);
    }
  }
  return [...byKey.values()];
}

function documentsOf(d: Raw | undefined, curated: string[] | null): RequiredDocument[] {
  const docs: RequiredDocument[] = [];
  for (const c of d?.executionCases ?? []) {
    const caseName = String(c.name ?? '')
      .replace(/^[*\-\s]+/, '')
      .replace(/:\s*$/, '')
      .trim();
    const condition = caseName === '' || /^giấy tờ phải (nộp|xuất trình)/i.test(caseName) ? null : caseName;
    for (const p of c.profileComponents ?? []) {
      const name = String(p.name ?? '')
        .replace(/^\s*[-+•*]\s*/, '')
        .trim();
      if (!name) continue;
      docs.push({
        name,
        originals: p.originalQty ?? null,
        copies: p.copyQty ?? null,
        required: !!p.required,
        condition,
      });
    }
  }
  return docs.length ? docs : (curated ?? []).map(documentFromText);
}

/** The portal's case-level time, when all cases agree on one value in a known unit. */
function portalCaseDuration(d: Raw | undefined): Duration | undefined {
  const values = new Set<string>();
  for (const c of d?.cases ?? []) {
    const pd = c.processingDay;
    if (!pd || !(pd.qty > 0)) continue;
    if (pd.type === 'WORKING_DAY') values.add(JSON.stringify({ kind: 'working_days', value: pd.qty }));
    else if (pd.type === 'DAY') values.add(JSON.stringify({ kind: 'calendar_days', value: pd.qty }));
    else if (pd.type === 'HOUR') values.add(JSON.stringify({ kind: 'working_hours', value: pd.qty }));
    else return undefined;
  }
  return values.size === 1 ? JSON.parse([...values][0]!) : undefined;
}

function whereToGo(agency: string): string {
  if (/công an/i.test(agency)) return 'Công an phường/xã nơi cư trú (không nộp tại Trung tâm Phục vụ hành chính công)';
  if (/quân sự/i.test(agency)) return 'Ban Chỉ huy quân sự phường/xã (không nộp tại Trung tâm Phục vụ hành chính công)';
  return agency;
}

function procedureOf(r: Raw): SeedProcedure {
  const d = detailOf(r.code);
  const agencyLevel = levelOfBodies([r.agency]);
  const level = agencyLevel === 'ward' || !d ? agencyLevel : levelOfDetail(d);
  const atCenter = isHandledAtCenter(level, r.agency);
  const parsed = parseProcessingTime(r.processing_time);
  const fallback = parsed.duration.kind === 'unknown' ? portalCaseDuration(d) : undefined;
  const processingTime = fallback
    ? { text: r.processing_time, duration: fallback, source: 'portal_case' as const, needsReview: false }
    : {
        text: r.processing_time,
        duration: parsed.duration,
        source: parsed.duration.kind === 'unknown' ? ('none' as const) : ('text' as const),
        needsReview: parsed.needsReview,
      };
  const unverified = Object.entries(r.from_memory ?? {})
    .filter(([k, v]) => FIELD_MAP[k] && v !== null)
    .map(([k, v]) => ({ field: FIELD_MAP[k], value: v }));
  return SeedProcedure.parse({
    kind: 'procedure',
    id: r.id,
    code: r.code,
    nameVi: r.name_vi,
    nameEn: r.name_en,
    field: r.field,
    level,
    handlingBody: r.agency,
    handledAtCenter: atCenter,
    whereToGo: atCenter ? null : whereToGo(r.agency),
    channels: channelsOf(d),
    processingTime,
    feeText: r.fee,
    fees: feesOf(d),
    documents: documentsOf(d, r.required_documents),
    result: r.result ?? (d?.resultsDetails?.map((x: Raw) => x.name).join('; ') || null),
    legalBasis: (d?.legalBasisesDetails ?? []).map((x: Raw) => String(x.name).trim()).filter(Boolean),
    steps: (d?.executionSteps ?? []).map((x: Raw) => String(x.description ?? '').trim()).filter(Boolean),
    synonyms: r.common_phrasings ?? [],
    notes: r.notes,
    sources: r.source ?? [],
    fullySourced: !!r.fully_sourced,
    unverified,
  });
}

function nationalOf(r: Raw): SeedNational {
  const bodies: string[] = (r.departments ?? []).map((x: string) => x.trim()).filter(Boolean);
  const d = detailOf(r.code);
  return SeedNational.parse({
    kind: 'national',
    code: String(r.code).trim(),
    name: r.name.trim(),
    field: (r.categories ?? []).join('; '),
    handlingBodies: bodies,
    level: bodies.length ? levelOfBodies(bodies) : d ? levelOfDetail(d) : 'other',
    promulgatingBody: r.departmentPromulgate || null,
    type: r.type,
    portalId: r.id ?? null,
  });
}

const curated = (readJson(path.join(source, 'ward-procedures.json')) as Raw[]).map(procedureOf);
// A few portal codes carry stray spaces and then collide with a clean one: the clean record wins.
const byCode = new Map<string, { entry: SeedNational; clean: boolean }>();
for (const line of readFileSync(path.join(source, 'national/catalog.jsonl'), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const raw = JSON.parse(line);
  const entry = nationalOf(raw);
  const clean = raw.code === entry.code;
  const previous = byCode.get(entry.code);
  if (!previous || (clean && !previous.clean)) byCode.set(entry.code, { entry, clean });
}
const national = [...byCode.values()].map((x) => x.entry).sort((a, b) => a.code.localeCompare(b.code));

const header =
  '// Generated by scripts/build-catalog-seed.ts from the curated catalog research; do not edit by hand.\n';
const wardText = `${header + curated.map((p) => JSON.stringify(p)).join('\n')}\n`;
const nationalGz = gzipSync(`${header + national.map((n) => JSON.stringify(n)).join('\n')}\n`, { level: 9 });
const wardGz = gzipSync(wardText, { level: 9 });
writeFileSync(path.join(out, 'ward-procedures.jsonl.gz'), wardGz);
writeFileSync(path.join(out, 'national.jsonl.gz'), nationalGz);

const flagged = curated.filter((p) => p.processingTime.needsReview);
const levels = national.reduce<Record<string, number>>((acc, n) => {
  acc[n.level] = (acc[n.level] ?? 0) + 1;
  return acc;
}, {});
console.log(
  JSON.stringify(
    {
      curated: curated.length,
      enriched: curated.filter((p) => p.legalBasis.length > 0).length,
      timeParsed: curated.length - flagged.length,
      timeFlagged: flagged.map((p) => p.id),
      portalFallback: curated.filter((p) => p.processingTime.source === 'portal_case').map((p) => p.id),
      withUnverified: curated.filter((p) => p.unverified.length > 0).length,
      notAtCenter: curated.filter((p) => !p.handledAtCenter).map((p) => p.id),
      national: national.length,
      nationalLevels: levels,
      bytes: {
        wardProcedures: Buffer.byteLength(wardText),
        wardProceduresGz: wardGz.length,
        nationalGz: nationalGz.length,
      },
    },
    null,
    2,
  ),
);
