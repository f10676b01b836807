/** Labels of the backlog's enums and a preview of legacy date shapes (the server parses; this only shows how). */
import type {
  ColumnTarget,
  Competence,
  Complexity,
  ItemStatus,
  LegacyEncoding,
} from '../../../../src/modules/backlog/contracts.ts';
import type { MessageKey } from '../../i18n/vi.ts';

export const complexityKey = (c: Complexity): MessageKey => `bl.complexity.${c}`;
export const competenceKey = (c: Competence): MessageKey => `bl.competence.${c}`;
export const statusKey = (s: ItemStatus): MessageKey => `bl.status.${s}`;
export const encodingKey = (e: LegacyEncoding): MessageKey => `bl.enc.${e}`;
export const targetKey = (t: ColumnTarget): MessageKey => `bl.target.${t}`;

export const COMPLEXITY_COLOR: Record<Complexity, string> = {
  simple: 'green',
  medium: 'blue',
  complex: 'orange',
  very_complex: 'red',
};

export type DateShape = 'dmy' | 'dmyShort' | 'serial' | 'words' | 'iso' | 'unknown';

const pad = (n: number) => String(n).padStart(2, '0');

/** dd/mm/yyyy when the day exists (31/02 does not: that row will be refused). */
function shown(d: number, m: number, y: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  const real = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  return real ? `${pad(d)}/${pad(m)}/${y}` : null;
}

/** The shape of a legacy date cell and the date it stands for (dd/mm/yyyy), for the repair preview. */
export function previewDate(raw: string): { shape: DateShape; after: string | null } {
  const text = raw.trim().replace(/\s+/g, ' ');
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?!\d)/.exec(text);
  if (m) {
    const y = Number(m[3]);
    const year = y < 100 ? (y < 70 ? 2000 + y : 1900 + y) : y;
    return { shape: y < 100 ? 'dmyShort' : 'dmy', after: shown(Number(m[1]), Number(m[2]), year) };
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(text);
  if (m) return { shape: 'iso', after: shown(Number(m[3]), Number(m[2]), Number(m[1])) };
  const folded = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  m = /^(?:ngay )?(\d{1,2}) (?:thang |\/ ?)(\d{1,2}) (?:nam |\/ ?)(\d{4})$/.exec(folded);
  if (m) return { shape: 'words', after: shown(Number(m[1]), Number(m[2]), Number(m[3])) };
  if (/^\d{5}(\.\d+)?$/.test(text)) {
    const d = new Date((Math.floor(Number(text)) - 25569) * 86_400_000);
    return { shape: 'serial', after: `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}` };
  }
  return { shape: 'unknown', after: null };
}

/** `2025-07-31` → `31/07/2025`. */
export function formatPlainDate(d: string | null | undefined): string {
  if (!d) return '—';
  const [y, m, day] = d.split('-');
  return `${day}/${m}/${y}`;
}
