/**
 * Abbreviations officers and citizens type, mapped to what they stand for (already normalised).
 * A query token that is an abbreviation is searched as any of its expansions; catalog text that
 * contains one is indexed with its expansions too.
 */
import { normalise } from './normalise.ts';

export const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  cccd: ['can cuoc cong dan', 'the can cuoc', 'can cuoc'],
  cmnd: ['chung minh nhan dan', 'can cuoc'],
  gks: ['giay khai sinh', 'khai sinh'],
  gpxd: ['giay phep xay dung'],
  hkd: ['ho kinh doanh'],
  xntthn: ['xac nhan tinh trang hon nhan'],
  tthn: ['tinh trang hon nhan'],
  ct07: ['xac nhan thong tin ve cu tru', 'thong tin ve cu tru'],
  ct01: ['thay doi thong tin cu tru', 'dang ky thuong tru', 'dang ky tam tru'],
  dkkh: ['dang ky ket hon', 'ket hon'],
  dkks: ['dang ky khai sinh', 'khai sinh'],
  gcn: ['giay chung nhan'],
  qsdd: ['quyen su dung dat'],
  gcnqsdd: ['giay chung nhan quyen su dung dat'],
  btxh: ['bao tro xa hoi'],
  ncc: ['nguoi co cong'],
  nvqs: ['nghia vu quan su'],
  bhyt: ['bao hiem y te'],
  bhxh: ['bao hiem xa hoi'],
  ubnd: ['uy ban nhan dan'],
  tthc: ['thu tuc hanh chinh'],
  pakn: ['phan anh kien nghi'],
  dvc: ['dich vu cong'],
  dvcqg: ['cong dich vu cong quoc gia'],
};

/** Everyday phrases (already normalised) and the official wording they stand for. */
export const PHRASES: Readonly<Record<string, readonly string[]>> = {
  'so do': ['giay chung nhan quyen su dung dat'],
  'so hong': ['giay chung nhan quyen su dung dat', 'quyen so huu nha o'],
  'cong chung': ['chung thuc'],
  'ho khau': ['thuong tru', 'cu tru'],
  'giay phep kinh doanh': ['dang ky ho kinh doanh', 'ho kinh doanh'],
  'lam chung minh': ['can cuoc'],
};

export function expansionsOf(token: string): readonly string[] {
  return ABBREVIATIONS[token] ?? [];
}

/**
 * A query becomes one or more phrase variants: each abbreviation token is replaced by each of its
 * expansions (the original token is kept as a variant too, for codes and names that spell it out).
 */
export function queryVariants(query: string): string[] {
  const normalised = normalise(query);
  const phraseVariants = Object.entries(PHRASES).flatMap(([phrase, meanings]) =>
    ` ${normalised} `.includes(` ${phrase} `)
      ? meanings.map((m) => ` ${normalised} `.replace(` ${phrase} `, ` ${m} `).trim())
      : [],
  );
  const parts = normalised.split(' ').filter(Boolean);
  let variants: string[][] = [[]];
  for (const part of parts) {
    const options = [part, ...expansionsOf(part)];
    variants = variants.flatMap((v) => options.map((o) => [...v, o])).slice(0, 16);
  }
  return [...new Set([...variants.map((v) => v.join(' ')), ...phraseVariants].filter(Boolean))];
}

/** Appends the expansions of abbreviations found in already-normalised text (for indexing). */
export function withExpansions(normalised: string): string {
  const extra = normalised
    .split(' ')
    .flatMap((t) => expansionsOf(t))
    .join(' ');
  return extra ? `${normalised} ${extra}` : normalised;
}

/** Normalised form of an arbitrary string, then expanded. */
export function indexText(text: string): string {
  return withExpansions(normalise(text));
}
