/** Builders for pure tests: citizen-view procedures, national entries and a small in-memory knowledge. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { NationalEntry, PublicProcedure } from '../../catalog/contracts.ts';
import type { AnswerGroup } from '../contracts.ts';
import type { Knowledge } from '../domain/answer.ts';
import { answerCodeOf, knowledgeDocs } from '../domain/docs.ts';
import { buildRetrievalIndex } from '../domain/retrieval.ts';

export function aPublicProcedure(overrides: Partial<PublicProcedure> = {}): PublicProcedure {
  return {
    id: '01-dang-ky-khai-sinh',
    code: '1.001193',
    nameVi: 'Thủ tục đăng ký khai sinh',
    nameEn: 'Birth registration',
    field: 'Hộ tịch',
    level: 'ward',
    handlingBody: 'UBND cấp xã',
    handledAtCenter: true,
    whereToGo: null,
    channels: ['counter', 'online'],
    processingTime: {
      text: '01 ngày làm việc',
      duration: { kind: 'same_day', cutoff: '15:00' },
      source: 'text',
      needsReview: false,
    },
    feeText: null,
    fees: [{ amountVnd: 0, description: '', channels: ['counter'] }],
    documents: [
      { name: 'Tờ khai đăng ký khai sinh', originals: 1, copies: 0, required: true, condition: null },
      { name: 'Giấy chứng sinh', originals: 1, copies: 0, required: true, condition: null },
    ],
    result: 'Giấy khai sinh',
    legalBasis: [],
    steps: [],
    synonyms: ['làm giấy khai sinh', 'GKS'],
    rules: null,
    notes: null,
    clockRules: { supplement: 'restart', excludeConsultation: false, stepPlan: [{ step: 'receive', share: 1 }] },
    version: 1,
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export function aNational(overrides: Partial<NationalEntry> = {}): NationalEntry {
  return {
    code: '1.001456',
    name: 'Cấp hộ chiếu phổ thông ở trong nước (thực hiện tại cấp tỉnh)',
    field: 'Quản lý xuất nhập cảnh',
    handlingBodies: ['Công an cấp Tỉnh'],
    level: 'province',
    promulgatingBody: 'Bộ Công an',
    type: 'STANDARD',
    ...overrides,
  };
}

const NATIONAL_SEED = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../db/seeds/catalog/national.jsonl.gz',
);

/** The committed national catalog (5,669 entries): scores and confidence are calibrated on real document frequencies. */
export function committedNationalEntries(): NationalEntry[] {
  return gunzipSync(readFileSync(NATIONAL_SEED))
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('//'))
    .map((l) => {
      const r = JSON.parse(l) as NationalEntry & { kind: string; portalId?: string };
      const { kind: _k, portalId: _p, ...entry } = r;
      return entry;
    });
}

/**
 * Five curated procedures (two birth ones, marriage, a will with no published fee or documents, residence)
 * over the committed national catalog.
 */
export function fixtureKnowledge(): Knowledge {
  const curated = [
    aPublicProcedure(),
    aPublicProcedure({
      id: '04-dang-ky-lai-khai-sinh',
      code: '1.004884',
      nameVi: 'Thủ tục đăng ký lại khai sinh',
      nameEn: 'Re-registration of birth',
      synonyms: ['mất giấy khai sinh làm lại'],
    }),
    aPublicProcedure({
      id: '08-dang-ky-ket-hon',
      code: '1.000894',
      nameVi: 'Thủ tục đăng ký kết hôn',
      nameEn: 'Marriage registration',
      synonyms: ['làm giấy kết hôn'],
      processingTime: { text: null, duration: { kind: 'working_days', value: 3 }, source: 'text', needsReview: false },
      fees: [{ amountVnd: 30000, description: '', channels: ['counter'] }],
    }),
    aPublicProcedure({
      id: '27-chung-thuc-di-chuc',
      code: '2.001019',
      nameVi: 'Chứng thực di chúc',
      nameEn: 'Certification of a will',
      field: 'Chứng thực',
      fees: [],
      feeText: null,
      documents: [],
      synonyms: [],
    }),
    aPublicProcedure({
      id: '65-dang-ky-thuong-tru',
      code: '1.004222',
      nameVi: 'Đăng ký thường trú',
      nameEn: 'Permanent residence registration',
      field: 'Cư trú',
      handlingBody: 'Công an cấp xã',
      handledAtCenter: false,
      whereToGo: 'Công an phường nơi cư trú',
      synonyms: ['nhập hộ khẩu'],
    }),
  ];
  const curatedCodes = new Set(curated.map((p) => p.code));
  const national = committedNationalEntries().filter((n) => !curatedCodes.has(n.code));
  return {
    index: buildRetrievalIndex(knowledgeDocs(curated, national), 'fixture'),
    curated: new Map(curated.map((p) => [answerCodeOf(p), p])),
    national: new Map(national.map((n) => [n.code, n])),
  };
}

export const GROUP_A: AnswerGroup = {
  letter: 'A',
  name: 'Hộ tịch – Chứng thực',
  nameEn: 'Civil status – Certification',
  zone: 'Khu A',
};
export const fixtureGroups = () =>
  new Map([
    ['Hộ tịch', GROUP_A],
    ['Chứng thực', GROUP_A],
  ]);
