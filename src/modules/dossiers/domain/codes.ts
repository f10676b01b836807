/** Dossier codes, lookup secrets and what lists and the public page may show of an applicant. */
import { createHash, randomInt } from 'node:crypto';
import type { PlainDate } from '../../../kernel/plain-date.ts';

/** `<agency e-ID>-<YYMMDD>-<sequence>` with at least 4 digits (DOMAIN.md §4). */
export function formatDossierCode(agencyEid: string, localDate: PlainDate, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`bad sequence ${sequence}`);
  const yymmdd = `${localDate.slice(2, 4)}${localDate.slice(5, 7)}${localDate.slice(8, 10)}`;
  return `${agencyEid}-${yymmdd}-${String(sequence).padStart(4, '0')}`;
}

export function parseDossierCode(code: string): { agencyEid: string; yymmdd: string; sequence: number } | undefined {
  const m = /^(.+)-(\d{6})-(\d{4,})$/.exec(code);
  return m ? { agencyEid: m[1]!, yymmdd: m[2]!, sequence: Number(m[3]) } : undefined;
}

/** No 0/O, 1/I/L: read aloud and typed from paper. 10 characters ≈ 50 bits. */
const SECRET_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function newLookupSecret(length = 10): string {
  let s = '';
  for (let i = 0; i < length; i++) s += SECRET_ALPHABET[randomInt(SECRET_ALPHABET.length)];
  return s;
}

/** Case-insensitive, spaces and dashes ignored, as people type what is printed. */
export function normaliseSecret(secret: string): string {
  return secret.replace(/[\s-]/g, '').toUpperCase();
}

export function hashLookupSecret(secret: string): string {
  return createHash('sha256')
    .update(`motcua-dossier-lookup:${normaliseSecret(secret)}`)
    .digest('hex');
}

/** `079123456789` → `*********789`. */
export function maskIdNumber(idNumber: string): string {
  return `${'*'.repeat(Math.max(0, idNumber.length - 3))}${idNumber.slice(-3)}`;
}

/** `0912345678` → `0912***678`. */
export function maskPhone(phone: string): string {
  if (phone.length <= 7) return '*'.repeat(phone.length);
  return `${phone.slice(0, 4)}${'*'.repeat(phone.length - 7)}${phone.slice(-3)}`;
}

/** `Nguyễn Văn An` → `N.V.A.` (the only part of a name the public page shows). */
export function initialsOf(fullName: string): string {
  return fullName
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => `${w.normalize('NFC').charAt(0).toUpperCase()}.`)
    .join('');
}
