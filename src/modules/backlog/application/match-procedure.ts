/**
 * Matching a legacy procedure to the catalog: the exact code when the file has one, else the catalog's text
 * search on the name, with a confidence (low confidence goes to the review list). Cached per distinct
 * (code, name): a 200,000-row file usually names a few hundred procedures.
 */
import type { AnyDb } from '../../../kernel/db.ts';
import { findProcedure, normalise, type SearchHit, searchCatalog } from '../../catalog/index.ts';
import { type CatalogMatch, confidenceOfScore } from '../domain/triage.ts';

export type ProcedureMatcher = (code: string | null, name: string | null) => Promise<CatalogMatch | null>;

/** Names compared without case, marks, punctuation or a leading "Thủ tục". */
const bareName = (name: string) => normalise(name).replace(/^thu tuc /, '');

const CODE = /^\d\.\d{6}(\.\d{1,2})?$/;

async function toMatch(db: AnyDb, hit: SearchHit, method: 'code' | 'name', confidence: number): Promise<CatalogMatch> {
  const curated = hit.kind === 'curated' ? await findProcedure(db, hit.id) : undefined;
  return {
    procedureId: curated?.id ?? null,
    code: hit.code,
    name: hit.nameVi,
    field: hit.field,
    level: hit.level,
    handledAtCenter: hit.handledAtCenter,
    handlingBody: hit.handlingBody,
    whereToGo: curated?.whereToGo ?? null,
    method,
    confidence,
  };
}

export function createProcedureMatcher(db: AnyDb): ProcedureMatcher {
  const cache = new Map<string, Promise<CatalogMatch | null>>();
  const match = async (code: string | null, name: string | null): Promise<CatalogMatch | null> => {
    const c = code?.trim() ?? '';
    if (CODE.test(c)) {
      const hits = await searchCatalog(db, { q: c, limit: 3 });
      const exact = hits.find((h) => h.code === c);
      if (exact) return toMatch(db, exact, 'code', 1);
    }
    const q = (name ?? '').trim().slice(0, 200);
    if (!q) return null;
    const hits = await searchCatalog(db, { q, limit: 5 }).catch(() => []);
    const wanted = bareName(q);
    const exact = hits.find((h) => bareName(h.nameVi) === wanted);
    if (exact) return toMatch(db, exact, 'name', 1);
    const [best, second] = hits;
    if (!best) return null;
    return toMatch(db, best, 'name', confidenceOfScore(best.score, second?.score));
  };
  return (code, name) => {
    const key = `${code ?? ''}\u0000${name ?? ''}`;
    let found = cache.get(key);
    if (!found) {
      found = match(code, name);
      cache.set(key, found);
    }
    return found;
  };
}
