/** Builders for catalog seed records and seed files, for tests. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { SeedNational, SeedProcedure } from '../domain/seed-records.ts';

export function aSeedProcedure(overrides: Partial<SeedProcedure> = {}): SeedProcedure {
  return {
    kind: 'procedure',
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
    processingTime: { text: '01 ngày làm việc; tiếp nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo.' },
    feeText: 'Miễn lệ phí',
    fees: [{ amountVnd: 0, description: '', channels: ['counter'] }],
    documents: [{ name: 'Tờ khai đăng ký khai sinh', originals: 1, copies: 0, required: true, condition: null }],
    result: 'Giấy khai sinh',
    legalBasis: ['Luật Hộ tịch 2014'],
    steps: [],
    synonyms: ['làm giấy khai sinh', 'GKS'],
    rules: null,
    notes: null,
    sources: [],
    fullySourced: true,
    unverified: [],
    ...overrides,
  };
}

export function aNationalEntry(overrides: Partial<SeedNational> = {}): SeedNational {
  return {
    kind: 'national',
    code: '1.014063',
    name: 'Cấp đổi thẻ căn cước',
    field: 'Căn cước',
    handlingBodies: ['Công an cấp Xã'],
    level: 'ward',
    promulgatingBody: 'Bộ Công an',
    type: 'STANDARD',
    portalId: null,
    ...overrides,
  };
}

/** A small catalog: three curated procedures (one with unverified values, one unparseable) and three national entries. */
export function fixtureRecords(): (SeedProcedure | SeedNational)[] {
  return [
    aSeedProcedure(),
    aSeedProcedure({
      id: '27-chung-thuc-di-chuc',
      code: '2.001019',
      nameVi: 'Chứng thực di chúc',
      nameEn: 'Certification of a will',
      field: 'Chứng thực',
      processingTime: { text: null },
      synonyms: ['công chứng di chúc'],
      fullySourced: false,
      unverified: [
        { field: 'processingTime', value: 'Không quá 02 ngày làm việc (NĐ 23/2015)' },
        { field: 'fee', value: '50.000 đồng' },
        { field: 'documents', value: ['Dự thảo di chúc', 'Trường hợp có tài sản: bản sao giấy tờ về tài sản'] },
      ],
    }),
    aSeedProcedure({
      id: '65-dang-ky-thuong-tru',
      code: '1.004222',
      nameVi: 'Đăng ký thường trú',
      nameEn: 'Permanent residence registration',
      field: 'Cư trú',
      handlingBody: 'Công an cấp xã',
      handledAtCenter: false,
      whereToGo: 'Công an phường',
      processingTime: { text: '07 ngày làm việc (Cổng DVCQG).' },
      synonyms: ['nhập hộ khẩu', 'CT01'],
    }),
    aNationalEntry(),
    aNationalEntry({ code: '1.014064', name: 'Cấp lại thẻ căn cước' }),
    aNationalEntry({
      code: '1.001456',
      name: 'Cấp hộ chiếu phổ thông ở trong nước (thực hiện tại cấp tỉnh)',
      field: 'Xuất nhập cảnh',
      handlingBodies: ['Công an cấp Tỉnh'],
      level: 'province',
    }),
  ];
}

export function seedText(records: readonly unknown[]): string {
  return `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;
}

const tempDirs: string[] = [];

/** Writes a seed file into a fresh temporary directory; `.gz` names are compressed. */
export async function writeSeedFile(name: string, content: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'motcua-catalog-'));
  tempDirs.push(dir);
  const file = path.join(dir, name);
  await writeFile(file, name.endsWith('.gz') ? gzipSync(content) : content);
  return file;
}

/** Removes the directories written by `writeSeedFile` (call in afterAll). */
export async function removeSeedFiles(): Promise<void> {
  await Promise.all(tempDirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}
