/**
 * Repairs of legacy cell values: dates in every shape the old systems wrote them (dd/mm/yyyy, d/m/yy,
 * Excel serials, ISO, "ngày 5 tháng 7 năm 2025", spreadsheet dates), phone numbers (+84, lost leading zero,
 * the 11-digit mobile prefixes renamed in 2018) and personal ID numbers (CCCD 12 digits, CMND 9, passports).
 * Each returns a value or a reason, never throws.
 */
import { isPlainDate, type PlainDate, plainDateOf } from '../../../kernel/plain-date.ts';

export type Repaired<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Repaired<T> => ({ ok: true, value });
const bad = <T>(reason: string): Repaired<T> => ({ ok: false, reason });

/** Dates before this are typing errors in a backlog of 2020s dossiers. */
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

function checked(y: number, m: number, d: number, raw: string): Repaired<PlainDate> {
  if (y < MIN_YEAR || y > MAX_YEAR) return bad(`năm ngoài khoảng ${MIN_YEAR}–${MAX_YEAR}: "${raw}"`);
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isPlainDate(iso) ? ok(plainDateOf(y, m, d)) : bad(`ngày không tồn tại: "${raw}"`);
}

/** Two-digit years: 00–69 → 2000s, 70–99 → 1900s (then refused as too old). */
const fullYear = (yy: number) => (yy < 100 ? (yy < 70 ? 2000 + yy : 1900 + yy) : yy);

/** Excel's 1900 date system: serial 25569 is 1970-01-01 (serials after the phantom 29/02/1900). */
export function dateFromExcelSerial(serial: number): Repaired<PlainDate> {
  if (!Number.isFinite(serial) || serial < 61) return bad(`số ngày Excel không hợp lệ: ${serial}`);
  const d = new Date((Math.floor(serial) - 25569) * 86_400_000);
  return checked(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), String(serial));
}

/** A cell value (string, number or Date from a spreadsheet) → a legal date, or why not. */
export function parseLegacyDate(value: unknown): Repaired<PlainDate> {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return bad('ngày không hợp lệ');
    // Spreadsheet dates arrive as UTC midnight of the written date (plus the time of day, if any).
    const d = new Date(value.getTime() + 500);
    return checked(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), value.toISOString());
  }
  if (typeof value === 'number') return dateFromExcelSerial(value);
  const raw = String(value ?? '').trim();
  if (!raw) return bad('trống');
  const text = raw.replace(/\s+/g, ' ');
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:[ T,]+\d{1,2}[:h]\d{2}(?::\d{2})?(?: ?[AP]M)?)?$/i.exec(text);
  if (m) return checked(fullYear(Number(m[3])), Number(m[2]), Number(m[1]), raw);
  m = /^(\d{1,2}[:h]\d{2}(?::\d{2})?) (\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/i.exec(text);
  if (m) return checked(fullYear(Number(m[4])), Number(m[3]), Number(m[2]), raw);
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$/.exec(text);
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]), raw);
  const folded = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  m = /^(?:ngay )?(\d{1,2}) (?:thang |\/ ?)(\d{1,2}) (?:nam |\/ ?)(\d{4})$/.exec(folded);
  if (m) return checked(Number(m[3]), Number(m[2]), Number(m[1]), raw);
  if (/^\d{5}(\.\d+)?$/.test(text)) return dateFromExcelSerial(Number(text));
  return bad(`không hiểu định dạng ngày: "${raw}"`);
}

/** Mobile prefixes renamed from 11 to 10 digits in 2018 (Decision 798/QĐ-BTTTT). */
const OLD_MOBILE: Record<string, string> = {
  '0120': '070',
  '0121': '079',
  '0122': '077',
  '0126': '076',
  '0128': '078',
  '0123': '083',
  '0124': '084',
  '0125': '085',
  '0127': '081',
  '0129': '082',
  '0162': '032',
  '0163': '033',
  '0164': '034',
  '0165': '035',
  '0166': '036',
  '0167': '037',
  '0168': '038',
  '0169': '039',
  '0186': '056',
  '0188': '058',
  '0199': '059',
};

/** A Vietnamese phone number as 10 digits (mobile) or 11 (landline 02x), or why not. Empty → null. */
export function normalisePhone(value: unknown): Repaired<string | null> {
  const raw = String(value ?? '').trim();
  if (!raw) return ok(null);
  let digits = raw.replace(/[\s.\-()]/g, '');
  if (!/^\+?\d+$/.test(digits)) return bad(`số điện thoại có ký tự lạ: "${raw}"`);
  digits = digits.replace(/^\+?84(?=\d{9,10}$)/, '0');
  if (/^[1-9]\d{8,9}$/.test(digits)) digits = `0${digits}`; // Excel dropped the leading zero
  const old = OLD_MOBILE[digits.slice(0, 4)];
  if (old && digits.length === 11) digits = old + digits.slice(4);
  if (/^0[35789]\d{8}$/.test(digits) || /^02\d{9}$/.test(digits)) return ok(digits);
  return bad(`số điện thoại không hợp lệ: "${raw}"`);
}

/** CCCD (12 digits), CMND (9), or a passport (letter + 7–8 digits). Empty → null. */
export function normaliseIdNumber(value: unknown): Repaired<string | null> {
  const raw = String(value ?? '').trim();
  if (!raw) return ok(null);
  const compact = raw.replace(/[\s.-]/g, '').toUpperCase();
  if (/^[A-Z]\d{7,8}$/.test(compact)) return ok(compact);
  if (!/^\d+$/.test(compact)) return bad(`số giấy tờ có ký tự lạ: "${raw}"`);
  if (compact.length === 12 || compact.length === 9) return ok(compact);
  if (compact.length === 11) return ok(`0${compact}`); // CCCD starting with 0, zero lost in Excel
  if (compact.length === 8) return ok(`0${compact}`);
  return bad(`số CCCD/CMND phải có 9 hoặc 12 chữ số: "${raw}"`);
}

/**
 * Cell text: trims, collapses ASCII whitespace; rich text and formulas from spreadsheets become their text.
 * Only ASCII whitespace: in a legacy string byte 0xA0 is a letter's byte (UTF-8 read as Latin-1: "à" is C3 A0),
 * so it must reach the decoder; convertCell collapses whitespace again after decoding.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: unknown };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if (v.result !== undefined) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
    if (v.error !== undefined) return '';
  }
  return String(value)
    .replace(/[ \t\n\v\f\r]+/g, ' ')
    .replace(/^ | $/g, '');
}
