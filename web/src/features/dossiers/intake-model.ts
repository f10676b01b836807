/**
 * The intake wizard's state between steps: the chosen procedure's checklist and what was handed in, extra
 * documents, and the rules checked in the browser before the server checks them again (12-digit personal ID,
 * Vietnamese mobile number, required documents present as an original or certified copy).
 */
import type { DocumentInput, DocumentKind } from '../../../../src/modules/dossiers/contracts.ts';
import type { RequiredDocumentRef } from '../catalog/queries.ts';

export interface GivenDocument {
  given: boolean;
  kind: DocumentKind;
  count: number;
}

export interface ExtraDocument extends GivenDocument {
  key: number;
  name: string;
}

export interface Checklist {
  /** Keyed by the catalog's document id (doc-1…). */
  given: Record<string, GivenDocument>;
  extras: ExtraDocument[];
}

export const emptyChecklist = (docs: readonly RequiredDocumentRef[]): Checklist => ({
  given: Object.fromEntries(docs.map((d) => [d.id, { given: false, kind: d.kind, count: d.count || 1 }])),
  extras: [],
});

/** Rows the officer ticks: unconditional documents first; case-specific ones (and notes) apart. */
export function splitChecklist(docs: readonly RequiredDocumentRef[]) {
  return {
    main: docs.filter((d) => d.condition === null),
    conditional: docs.filter((d) => d.condition !== null),
  };
}

/** Required, unconditional documents not handed in as the kind the server accepts (same rule as intake.ts). */
export function missingRequired(docs: readonly RequiredDocumentRef[], c: Checklist): RequiredDocumentRef[] {
  return docs.filter((need) => {
    if (!need.required || need.condition !== null) return false;
    const g = c.given[need.id];
    return !g?.given || g.count < 1 || (need.kind !== 'copy' && g.kind === 'copy');
  });
}

export function documentsOf(docs: readonly RequiredDocumentRef[], c: Checklist): DocumentInput[] {
  const listed = docs
    .filter((d) => c.given[d.id]?.given)
    .map((d) => {
      const g = c.given[d.id]!;
      return { documentId: d.id, name: d.name.slice(0, 500), kind: g.kind, count: g.count };
    });
  const extras = c.extras
    .filter((x) => x.given && x.name.trim())
    .map((x) => ({ name: x.name.trim().slice(0, 500), kind: x.kind, count: x.count }));
  return [...listed, ...extras];
}

/** Căn cước / số định danh cá nhân: 12 digits (spaces allowed while typing). */
export const isIdNumber = (s: string) => /^\d{12}$/.test(s.replace(/\s/g, ''));

/** 0912 345 678, +84 912 345 678, 84912345678 — the same rule as the server's MobilePhone. */
export const isVnMobile = (s: string) => /^(?:\+?84|0)[35789]\d{8}$/.test(s.replace(/[\s.()-]/g, ''));

export const isEmail = (s: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s);

/** Non-empty trimmed lines of a textarea (missing items, reasons, bodies consulted). */
export const linesOf = (s: string | undefined) =>
  (s ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export interface ApplicantValues {
  fullName: string;
  idNumber: string;
  phone: string;
  email?: string;
  address: string;
  channel: 'counter' | 'post' | 'field';
  hasProxy?: boolean;
  proxyName?: string;
  proxyIdNumber?: string;
  proxyPhone?: string;
  proxyRelation?: string;
  outcome: 'receive' | 'request-supplement' | 'refuse';
  missing?: string;
  reason?: string;
}
