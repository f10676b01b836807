/**
 * The assistant's in-memory view of the catalog, one per database handle, rebuilt when the catalog revision
 * moves (imports and administrator edits, in any process), and each ward's attached phrasings as an overlay,
 * rebuilt when that ward's phrasings change.
 */
import { sql } from 'kysely';
import type { AnyDb } from '../../../kernel/db.ts';
import { catalogRevision, listAllNationalEntries, listAllPublicProcedures } from '../../catalog/index.ts';
import type { Knowledge } from '../domain/answer.ts';
import { answerCodeOf, knowledgeDocs } from '../domain/docs.ts';
import { buildOverlay, type Overlay } from '../domain/rank.ts';
import { buildRetrievalIndex } from '../domain/retrieval.ts';

interface Cached {
  revision: number;
  knowledge: Promise<Knowledge>;
}
const knowledgeByDb = new WeakMap<object, Cached>();
const overlays = new WeakMap<object, Map<string, { signature: string; overlay: Overlay }>>();

export async function buildKnowledge(db: AnyDb, revision: number): Promise<Knowledge> {
  const [curated, national] = await Promise.all([listAllPublicProcedures(db), listAllNationalEntries(db)]);
  return {
    index: buildRetrievalIndex(knowledgeDocs(curated, national), String(revision)),
    curated: new Map(curated.map((p) => [answerCodeOf(p), p])),
    national: new Map(national.map((n) => [n.code, n])),
  };
}

/** The knowledge for this handle, rebuilt when the catalog revision changed (one query when it did not). */
export async function loadKnowledge(db: AnyDb): Promise<Knowledge> {
  const revision = await catalogRevision(db);
  const cached = knowledgeByDb.get(db);
  if (cached && cached.revision === revision) {
    const k = await cached.knowledge.catch(() => undefined);
    if (k) return k;
  }
  const knowledge = buildKnowledge(db, revision);
  knowledgeByDb.set(db, { revision, knowledge });
  return knowledge;
}

/** This ward's phrasings over the knowledge; the signature (count, newest) tells when to rebuild. */
export async function loadOverlay(db: AnyDb, wardId: string, k: Knowledge): Promise<Overlay> {
  const sig = await sql<{ n: number; last: Date | null }>`
    SELECT count(*)::int AS n, max(created_at) AS last FROM assistant_phrasings WHERE ward_id = ${wardId}`.execute(db);
  const row = sig.rows[0];
  const signature = `${k.index.tag}:${row?.n ?? 0}:${row?.last ? new Date(row.last).toISOString() : ''}`;
  let perWard = overlays.get(db);
  if (!perWard) {
    perWard = new Map();
    overlays.set(db, perWard);
  }
  const hit = perWard.get(wardId);
  if (hit && hit.signature === signature) return hit.overlay;
  const rows = await sql<{ code: string; phrase: string }>`
    SELECT code, phrase FROM assistant_phrasings WHERE ward_id = ${wardId} ORDER BY created_at, id`.execute(db);
  const overlay = buildOverlay(k.index, rows.rows);
  perWard.set(wardId, { signature, overlay });
  return overlay;
}
