/**
 * Triage rules, pure: competence from the matched procedure, flags read from the old system's status text,
 * complexity from weighted points (field, missing documents, site verification, several agencies, age) and the
 * effort each level takes. Every weight is a setting (TriageSettings), editable per ward.
 */
import { type PlainDate, toEpochDay } from '../../../kernel/plain-date.ts';
import type { Competence, Complexity, TriageSettings } from '../contracts.ts';
import { foldHeader } from './columns.ts';

export const DEFAULT_TRIAGE: TriageSettings = {
  fieldWeights: {
    'Đất đai': 3,
    'Xây dựng': 2,
    'Môi trường': 2,
    'Kinh doanh': 1,
    'Lao động': 1,
    'Thương binh xã hội': 1,
    'Hộ tịch': 0,
    'Chứng thực': 0,
  },
  defaultFieldWeight: 1,
  missingDocuments: 2,
  siteVerification: 2,
  multiAgency: 2,
  agePer90Days: 1,
  ageCap: 3,
  thresholds: { medium: 2, complex: 4, veryComplex: 6 },
  effortHours: { simple: 1, medium: 2, complex: 4, very_complex: 8 },
};

/** Fields whose dossiers usually need a site visit (đo đạc, kiểm tra hiện trạng). */
const SITE_FIELDS = new Set(['dat dai', 'xay dung', 'moi truong']);

const folded = (text: string | null | undefined) => foldHeader(text ?? '');

export interface Flags {
  missingDocuments: boolean;
  siteVerification: boolean;
  multiAgency: boolean;
}

/** Reads the flags from the old system's words: "chờ bổ sung", "xác minh thực địa", "lấy ý kiến phòng TNMT"… */
export function flagsOf(input: {
  field: string;
  legacyStatus: string | null;
  missingDocumentsText: string | null;
  notes: string | null;
  handlingBodies?: number;
}): Flags {
  const text = ` ${folded(input.legacyStatus)} ${folded(input.notes)} `;
  return {
    missingDocuments:
      folded(input.missingDocumentsText) !== '' || / (bo sung|thieu|chua du|hoan thien ho so) /.test(text),
    siteVerification:
      SITE_FIELDS.has(folded(input.field)) || / (xac minh|thuc dia|khao sat|hien trang|tham tra) /.test(text),
    multiAgency:
      (input.handlingBodies ?? 1) > 1 || / (lay y kien|phoi hop|lien thong|xin y kien|chuyen phong) /.test(text),
  };
}

export function ageInDays(receivedOn: PlainDate, today: PlainDate): number {
  return Math.max(0, toEpochDay(today) - toEpochDay(receivedOn));
}

export interface Classification {
  complexity: Complexity;
  score: number;
  effortHours: number;
}

const weightsOf = new WeakMap<TriageSettings, Map<string, number>>();

export function classify(
  input: Flags & { field: string; receivedOn: PlainDate },
  today: PlainDate,
  settings: TriageSettings,
): Classification {
  let byFolded = weightsOf.get(settings);
  if (!byFolded) {
    byFolded = new Map(Object.entries(settings.fieldWeights).map(([k, v]) => [folded(k), v]));
    weightsOf.set(settings, byFolded);
  }
  const agePoints = Math.min(
    settings.ageCap,
    Math.floor(ageInDays(input.receivedOn, today) / 90) * settings.agePer90Days,
  );
  const score =
    (byFolded.get(folded(input.field)) ?? settings.defaultFieldWeight) +
    (input.missingDocuments ? settings.missingDocuments : 0) +
    (input.siteVerification ? settings.siteVerification : 0) +
    (input.multiAgency ? settings.multiAgency : 0) +
    agePoints;
  const t = settings.thresholds;
  const complexity: Complexity =
    score >= t.veryComplex ? 'very_complex' : score >= t.complex ? 'complex' : score >= t.medium ? 'medium' : 'simple';
  return { complexity, score, effortHours: settings.effortHours[complexity] };
}

export interface CatalogMatch {
  procedureId: string | null;
  code: string | null;
  name: string;
  field: string;
  level: 'ward' | 'province' | 'central' | 'other';
  handledAtCenter: boolean;
  handlingBody: string;
  whereToGo: string | null;
  method: 'code' | 'name';
  confidence: number;
}

/** The ward decides ward-level procedures handled at its center; anything else goes to the body that does. */
export function competenceOf(match: CatalogMatch | null): { competence: Competence; receivingBody: string | null } {
  if (!match) return { competence: 'unknown', receivingBody: null };
  if (match.level === 'ward' && match.handledAtCenter) return { competence: 'ward', receivingBody: null };
  const body = match.whereToGo?.trim() || match.handlingBody.trim() || 'Cơ quan có thẩm quyền';
  return { competence: 'other', receivingBody: body };
}

/** Catalog search scores (600 exact name … 100 weak) as a 0–1 confidence; below 0.8 a person reviews it. */
export function confidenceOfScore(score: number, runnerUp: number | undefined): number {
  const base =
    score >= 600 ? 1 : score >= 450 ? 0.9 : score >= 400 ? 0.85 : score >= 300 ? 0.75 : score >= 200 ? 0.6 : 0.4;
  const ambiguous = runnerUp !== undefined && runnerUp >= score - 5 && score < 600;
  return Math.round((ambiguous ? base - 0.15 : base) * 100) / 100;
}

export const REVIEW_BELOW = 0.8;
