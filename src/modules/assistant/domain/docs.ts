/** Catalog records → retrieval documents. National entries a curated record already stands for are left out. */
import type { NationalEntry, PublicProcedure } from '../../catalog/contracts.ts';
import { ASSISTANT_PHRASINGS } from './phrasings.ts';
import type { KnowledgeDoc } from './retrieval.ts';

/** The code an answer carries: the national code, or the curated id for procedures without one. */
export const answerCodeOf = (p: Pick<PublicProcedure, 'id' | 'code'>): string => p.code ?? p.id;

/** Bodies that handle a national entry, for "where to go" (the portal lists some twice). */
export const bodiesOf = (n: NationalEntry): string[] => [...new Set(n.handlingBodies.map((b) => b.trim()))];

/** Police and military bodies at ward level receive their own dossiers, not the center. */
const NOT_AT_CENTER = /công an|quân sự/i;

export function nationalHandledAtCenter(n: NationalEntry): boolean {
  const bodies = bodiesOf(n);
  return n.level === 'ward' && (bodies.length === 0 || bodies.some((b) => !NOT_AT_CENTER.test(b)));
}

export function knowledgeDocs(curated: readonly PublicProcedure[], national: readonly NationalEntry[]): KnowledgeDoc[] {
  const curatedCodes = new Set(curated.map((p) => p.code).filter(Boolean));
  return [
    ...curated.map(
      (p): KnowledgeDoc => ({
        key: answerCodeOf(p),
        kind: 'curated',
        nameVi: p.nameVi,
        nameEn: p.nameEn,
        field: p.field,
        handlingBody: p.handlingBody,
        level: p.level,
        handledAtCenter: p.handledAtCenter,
        synonyms: [...p.synonyms, ...(ASSISTANT_PHRASINGS[answerCodeOf(p)] ?? [])],
      }),
    ),
    ...national
      .filter((n) => !curatedCodes.has(n.code))
      .map(
        (n): KnowledgeDoc => ({
          key: n.code,
          kind: 'national',
          nameVi: n.name,
          nameEn: null,
          field: n.field,
          handlingBody: bodiesOf(n).join('; '),
          level: n.level,
          handledAtCenter: nationalHandledAtCenter(n),
          synonyms: ASSISTANT_PHRASINGS[n.code] ?? [],
        }),
      ),
  ];
}
