/**
 * Column mapping by Vietnamese header aliases. Headers are compared folded (no marks, lower case, letters and
 * digits only), so "Mã hồ sơ", "MÃ HỒ SƠ" and "Ma_ho_so" all map to `originalCode`. Headers nobody knows are
 * returned for a person to confirm (map to a field, keep as extra data, or ignore).
 */
import type { ColumnMapping, ItemField } from '../contracts.ts';

export const ALIASES: Record<ItemField, readonly string[]> = {
  originalCode: ['ma ho so', 'mahs', 'ma hs', 'so ho so', 'ma ho so cu', 'ma so ho so', 'ma'],
  receiptNumber: ['so bien nhan', 'so bn', 'bien nhan', 'so tiep nhan', 'so phieu tiep nhan'],
  procedureCode: ['ma thu tuc', 'ma tthc', 'ma thu tuc hanh chinh'],
  procedureName: ['ten thu tuc', 'thu tuc', 'ten tthc', 'tthc', 'ten thu tuc hanh chinh', 'loai ho so', 'noi dung'],
  field: ['linh vuc', 'ten linh vuc', 'linh vuc giai quyet'],
  applicantName: [
    'nguoi nop',
    'ten nguoi nop',
    'nguoi nop ho so',
    'chu ho so',
    'ho ten',
    'ho va ten',
    'to chuc ca nhan',
    'cong dan',
    'nguoi dung ten',
  ],
  idNumber: ['cccd', 'cmnd', 'so cccd', 'so cmnd', 'cccd cmnd', 'so dinh danh', 'so giay to', 'ho chieu', 'cmnd cccd'],
  phone: ['dien thoai', 'so dien thoai', 'sdt', 'dt', 'so dt', 'dien thoai lien he'],
  address: ['dia chi', 'dia chi thuong tru', 'noi cu tru', 'dia chi lien he'],
  receivedOn: ['ngay nhan', 'ngay tiep nhan', 'ngay nop', 'ngay nhan ho so'],
  dueOn: ['ngay hen tra', 'ngay hen', 'hen tra', 'han giai quyet', 'ngay hen tra ket qua', 'han xu ly'],
  legacyStatus: ['tinh trang', 'trang thai', 'tinh trang xu ly', 'trang thai xu ly'],
  officer: ['can bo thu ly', 'nguoi thu ly', 'chuyen vien thu ly', 'can bo xu ly', 'can bo giai quyet'],
  missingDocuments: ['giay to con thieu', 'ho so con thieu', 'thanh phan con thieu', 'can bo sung'],
  notes: ['ghi chu', 'ghi chu khac'],
};

export const REQUIRED_FIELDS: readonly ItemField[] = ['originalCode', 'receivedOn'];

export function foldHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const BY_ALIAS = new Map<string, ItemField>();
for (const [field, aliases] of Object.entries(ALIASES) as [ItemField, readonly string[]][])
  for (const a of aliases) BY_ALIAS.set(a.replace(/ /g, ''), field);

export function fieldOfHeader(header: string): ItemField | undefined {
  const folded = foldHeader(header).replace(/ /g, '');
  return folded ? BY_ALIAS.get(folded) : undefined;
}

/** How many cells of a row are known headers: the header row is the first of the top rows with the most. */
export function headerScore(cells: readonly string[]): number {
  return cells.filter((c) => fieldOfHeader(c) !== undefined).length;
}

export interface ProposedMapping {
  /** Column index → field, `extra` (kept as extra data) or `ignore`. */
  columns: ColumnMapping[];
  unknownHeaders: string[];
  missingRequired: ItemField[];
}

/**
 * Proposes a mapping; `confirmed` (header → field | 'extra' | 'ignore') settles unknown headers and may
 * override known ones. A field mapped twice keeps its first column.
 */
export function proposeMapping(
  headers: readonly string[],
  confirmed: Readonly<Record<string, ItemField | 'extra' | 'ignore'>> = {},
): ProposedMapping {
  const taken = new Set<ItemField>();
  const unknownHeaders: string[] = [];
  const columns = headers.map((header, index): ColumnMapping => {
    const chosen = confirmed[header] ?? fieldOfHeader(header);
    if (chosen === undefined && header.trim() !== '') unknownHeaders.push(header);
    const target = chosen ?? (header.trim() === '' ? 'ignore' : 'extra');
    if (target !== 'extra' && target !== 'ignore') {
      if (taken.has(target)) return { index, header, target: 'extra', known: false };
      taken.add(target);
    }
    return { index, header, target, known: chosen !== undefined };
  });
  const hasProcedure = taken.has('procedureName') || taken.has('procedureCode');
  const missingRequired = [
    ...REQUIRED_FIELDS.filter((f) => !taken.has(f)),
    ...(hasProcedure ? [] : (['procedureName'] as ItemField[])),
  ];
  return { columns, unknownHeaders: unknownHeaders.filter((h) => confirmed[h] === undefined), missingRequired };
}
