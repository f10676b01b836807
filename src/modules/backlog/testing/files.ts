/**
 * Files the tests and the benchmark generate: backlog rows as the old systems exported them, written as XLSX
 * (streamed, optional title rows, cells in a legacy font's encoding, dates as Date / serial / text) or CSV
 * (bytes in TCVN3, VNI, VISCII, Windows-1258, NFD or UTF-8).
 */
import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { encodeLegacy, type LegacyEncoding, legacyCell } from './legacy-text.ts';
import { rng } from './plan-instances.ts';

export const HEADERS = [
  'Mã hồ sơ',
  'Số biên nhận',
  'Tên thủ tục',
  'Lĩnh vực',
  'Người nộp',
  'CCCD',
  'Điện thoại',
  'Địa chỉ',
  'Ngày nhận',
  'Ngày hẹn trả',
  'Tình trạng',
  'Cán bộ thụ lý',
] as const;

export type Row = Record<(typeof HEADERS)[number], string | number | Date>;

const PROCEDURES = [
  ['Chứng thực bản sao từ bản chính giấy tờ, văn bản', 'Chứng thực'],
  ['Thủ tục đăng ký khai sinh', 'Hộ tịch'],
  ['Thủ tục đăng ký kết hôn', 'Hộ tịch'],
  ['Cấp lại Giấy chứng nhận do bị mất', 'Đất đai'],
  ['Đăng ký thành lập hộ kinh doanh', 'Kinh doanh'],
  ['Đăng ký thường trú', 'Cư trú'],
  ['Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV và nhà ở riêng lẻ', 'Xây dựng'],
] as const;
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Võ', 'Đặng', 'Bùi'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Ngọc', 'Thanh', 'Quốc'];
const GIVEN = ['Ấn', 'Hằng', 'Phường', 'Điền', 'Ưng', 'Thủy', 'Lộc', 'Ỷ', 'Dũng', 'Yến'];
const STATUS = ['Đang xử lý', 'Chờ bổ sung hồ sơ', 'Đang xác minh thực địa', 'Lấy ý kiến phòng TNMT', 'Quá hạn'];

/** `count` rows; dates written in mixed formats (dd/mm/yyyy, d/m/yy, serial, text) unless `plainDates`. */
export function backlogRows(count: number, opts: { seed?: number; prefix?: string; plainDates?: boolean } = {}): Row[] {
  const r = rng(opts.seed ?? 1);
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const [procedure, field] = pick(PROCEDURES);
    const day = new Date(Date.UTC(2024, 6, 1) + Math.floor(r() * 330) * 86_400_000);
    const due = new Date(day.getTime() + (5 + Math.floor(r() * 20)) * 86_400_000);
    const dd = String(day.getUTCDate()).padStart(2, '0');
    const mm = String(day.getUTCMonth() + 1).padStart(2, '0');
    const formats = [
      `${dd}/${mm}/${day.getUTCFullYear()}`,
      `${day.getUTCDate()}/${day.getUTCMonth() + 1}/${String(day.getUTCFullYear()).slice(2)}`,
      String(Math.round(day.getTime() / 86_400_000) + 25569),
      `ngày ${day.getUTCDate()} tháng ${day.getUTCMonth() + 1} năm ${day.getUTCFullYear()}`,
    ];
    return {
      'Mã hồ sơ': `${opts.prefix ?? 'TD'}-${String(i + 1).padStart(7, '0')}`,
      'Số biên nhận': `BN${i + 1}`,
      'Tên thủ tục': procedure,
      'Lĩnh vực': field,
      'Người nộp': `${pick(SURNAMES)} ${pick(MIDDLE)} ${pick(GIVEN)}`,
      CCCD: `0790${String(Math.floor(r() * 1e8)).padStart(8, '0')}`,
      'Điện thoại': `09${String(Math.floor(r() * 1e8)).padStart(8, '0')}`,
      'Địa chỉ': `${1 + Math.floor(r() * 200)} đường Quốc Hương, phường Thảo Điền`,
      'Ngày nhận': opts.plainDates ? formats[0]! : formats[i % formats.length]!,
      'Ngày hẹn trả': `${String(due.getUTCDate()).padStart(2, '0')}/${String(due.getUTCMonth() + 1).padStart(2, '0')}/${due.getUTCFullYear()}`,
      'Tình trạng': pick(STATUS),
      'Cán bộ thụ lý': `${pick(SURNAMES)} ${pick(GIVEN)}`,
    };
  });
}

export type TextEncoding = LegacyEncoding | 'utf8' | 'nfd';

function encodeText(text: string, encoding: TextEncoding): Uint8Array {
  if (encoding === 'utf8') return new TextEncoder().encode(text);
  if (encoding === 'nfd') return new TextEncoder().encode(text.normalize('NFD'));
  return encodeLegacy(text, encoding);
}

const quote = (s: string) => (/[",;\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function csvBytes(
  headers: readonly string[],
  rows: readonly Record<string, unknown>[],
  opts: { encoding?: TextEncoding; delimiter?: string } = {},
): Uint8Array {
  const d = opts.delimiter ?? ',';
  const lines = [
    headers.map(quote).join(d),
    ...rows.map((row) => headers.map((h) => quote(String(row[h] ?? ''))).join(d)),
  ];
  const parts = lines.map((l) => encodeText(`${l}\r\n`, opts.encoding ?? 'utf8'));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export async function writeCsv(
  file: string,
  headers: readonly string[],
  rows: readonly Record<string, unknown>[],
  opts: { encoding?: TextEncoding; delimiter?: string } = {},
) {
  await writeFile(file, csvBytes(headers, rows, opts));
}

/** Streams an XLSX; `legacy` writes text cells as a legacy font stores them; `realDates` writes Date cells. */
export async function writeXlsx(
  file: string,
  headers: readonly string[],
  rows: Iterable<Record<string, unknown>>,
  opts: { legacy?: LegacyEncoding; titleRows?: string[]; realDates?: boolean } = {},
): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: true });
  const ws = wb.addWorksheet('Hồ sơ tồn');
  const text = (v: string) => (opts.legacy ? legacyCell(v, opts.legacy) : v);
  for (const t of opts.titleRows ?? []) ws.addRow([text(t)]).commit();
  ws.addRow(headers.map(text)).commit();
  for (const row of rows) {
    const cells = headers.map((h) => {
      const v = row[h];
      if (opts.realDates && h.startsWith('Ngày') && typeof v === 'string') {
        const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(v);
        if (m) return new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1])));
      }
      if (typeof v === 'string' && /^\d{5}$/.test(v) && h.startsWith('Ngày')) return Number(v);
      return typeof v === 'string' ? text(v) : v;
    });
    ws.addRow(cells).commit();
  }
  ws.commit();
  await wb.commit();
}
