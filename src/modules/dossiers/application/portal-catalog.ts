/**
 * What the citizen portal offers: procedures the ward center receives online (searched in the catalog, in
 * Vietnamese or English), each with its checklist (one upload per document). Public data only.
 */
import type { AnyDb } from '../../../kernel/db.ts';
import {
  listAllPublicProcedures,
  type PublicProcedure,
  requiredDocumentsOf,
  searchCatalog,
} from '../../catalog/index.ts';
import type { PortalProcedure, PortalProcedureHit } from '../contracts.ts';
import { dossierError } from '../dossiers.errors.ts';

const offeredOnline = (p: PublicProcedure) => p.handledAtCenter && p.channels.includes('online');

const hitOf = (p: PublicProcedure): PortalProcedureHit => ({
  code: p.code ?? p.id,
  nameVi: p.nameVi,
  nameEn: p.nameEn,
  field: p.field,
});

/** Procedures offered online, best match first for a query, otherwise by name. */
export async function searchPortalProcedures(
  db: AnyDb,
  q: string | undefined,
  limit = 30,
): Promise<PortalProcedureHit[]> {
  const online = (await listAllPublicProcedures(db)).filter(offeredOnline);
  if (!q)
    return online
      .sort((a, b) => a.nameVi.localeCompare(b.nameVi, 'vi'))
      .slice(0, limit)
      .map(hitOf);
  const byId = new Map(online.map((p) => [p.id, p]));
  const hits = await searchCatalog(db, { q, scope: 'curated', limit: 100 });
  return hits
    .flatMap((h) => {
      const p = byId.get(h.id);
      return p ? [hitOf(p)] : [];
    })
    .slice(0, limit);
}

export async function getPortalProcedure(db: AnyDb, code: string): Promise<PortalProcedure> {
  const p = (await listAllPublicProcedures(db)).find((x) => x.code === code || x.id === code);
  if (!p) throw dossierError('DOSSIER_PROCEDURE_UNKNOWN');
  if (!offeredOnline(p)) throw dossierError('DOSSIER_PROCEDURE_NOT_ONLINE');
  return {
    ...hitOf(p),
    processingTime: p.processingTime.text,
    fee: p.feeText,
    documents: requiredDocumentsOf(p.documents).map((d) => ({
      id: d.id,
      name: d.name,
      required: d.required,
      condition: d.condition,
    })),
  };
}
