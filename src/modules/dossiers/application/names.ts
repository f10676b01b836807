/**
 * English names for the English screens: procedures from the catalog (nameEn where it has one) and departments
 * from identity, resolved when read (the dossier row keeps the Vietnamese name it was registered under).
 */
import type { AnyDb } from '../../../kernel/db.ts';
import { findProcedure } from '../../catalog/index.ts';
import { listDepartments } from '../../identity/index.ts';

export interface EnglishNames {
  procedure: (procedureId: string) => string | null;
  department: (departmentId: string | null) => string | null;
}

export async function loadEnglishNames(db: AnyDb, wardId: string, procedureIds: string[]): Promise<EnglishNames> {
  const procedures = new Map<string, string | null>();
  for (const id of new Set(procedureIds)) procedures.set(id, (await findProcedure(db, id))?.nameEn ?? null);
  const departments = new Map((await listDepartments(db, wardId)).map((d) => [d.id, d.nameEn || null]));
  return {
    procedure: (id) => procedures.get(id) ?? null,
    department: (id) => (id ? (departments.get(id) ?? null) : null),
  };
}
