/**
 * Vietnamese text normaliser for search: lower case, decomposed (NFD) with the tone and vowel marks
 * removed, đ → d, punctuation turned into spaces. "Đăng ký khai sinh" → "dang ky khai sinh".
 */
const MARKS = /[\u0300-\u036f]/g;
const NON_WORD = /[^a-z0-9.]+/g;

export function foldDiacritics(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** Folds diacritics and case, keeps letters, digits and dots (procedure codes like 1.001193). */
export function normalise(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(NON_WORD, ' ')
    .replace(/(^|\s)\.+|\.+(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function tokens(text: string): string[] {
  const n = normalise(text);
  return n ? n.split(' ') : [];
}

/** A national procedure code (1.001193, 2.000815.01) or a prefix of one (1.0011). */
export function looksLikeCode(text: string): boolean {
  return /^\d\.\d{1,6}(\.\d{1,2})?$/.test(text.trim());
}
