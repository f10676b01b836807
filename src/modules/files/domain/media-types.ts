/**
 * Which files are accepted, judged by their leading bytes (magic numbers), not by what the client claims.
 * PDF, JPEG and PNG are recognised from the bytes alone; DOCX and XLSX are ZIP containers, told apart by the
 * declared type or the file extension (the bytes must still be a ZIP).
 */
import type { AllowedMediaType } from '../contracts.ts';

export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** How many leading bytes `detectMediaType` needs. */
export const SNIFF_BYTES = 8;

const startsWith = (head: Uint8Array, magic: number[]) => magic.every((b, i) => head[i] === b);

export function detectMediaType(head: Uint8Array, name: string, declared: string): AllowedMediaType | undefined {
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf'; // %PDF-
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) {
    const ext = name.toLowerCase().split('.').pop();
    const type = declared.toLowerCase().split(';')[0]?.trim();
    if (type === DOCX || ext === 'docx') return DOCX;
    if (type === XLSX || ext === 'xlsx') return XLSX;
  }
  return undefined;
}

/** The last path segment, without control characters, at most 255 characters; 'file' when nothing is left. */
export function cleanFileName(name: string): string {
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/\p{Cc}/gu, '').trim();
  return (base || 'file').normalize('NFC').slice(-255);
}
