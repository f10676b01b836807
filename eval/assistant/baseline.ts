/**
 * The plain baseline the assistant is measured against: fold diacritics and case, then count how many of
 * the question's words occur as substrings of each record's name and stored phrasings; most words wins
 * (curated records, then shorter names, first on ties). It answers when at least half of the words occur.
 */
import type { Knowledge } from '../../src/modules/assistant/index.ts';
import { foldDiacritics } from '../../src/modules/catalog/index.ts';

const fold = (s: string) =>
  foldDiacritics(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export function substringBaseline(k: Knowledge) {
  const docs = k.index.docs.map((d) => ({
    key: d.key,
    text: ` ${fold([d.nameVi, d.nameEn ?? '', ...d.synonyms].join(' '))} `,
    curated: d.kind === 'curated',
    length: d.nameVi.length,
    here: d.handledAtCenter,
  }));
  return (q: string) => {
    const words = [
      ...new Set(
        fold(q)
          .split(' ')
          .filter((w) => w.length >= 2),
      ),
    ];
    const scored = docs
      .map((d) => ({ d, n: words.filter((w) => d.text.includes(w)).length }))
      .filter((s) => s.n > 0)
      .sort((a, b) => b.n - a.n || Number(b.d.curated) - Number(a.d.curated) || a.d.length - b.d.length)
      .slice(0, 3);
    const best = scored[0];
    const answers = best !== undefined && best.n >= words.length / 2;
    return {
      codes: scored.map((s) => s.d.key),
      answeredHere: answers && (best?.d.here ?? false),
      lang: /[a-z]/.test(q) && !/[^\p{ASCII}]/u.test(q) ? 'en' : 'vi',
    };
  };
}
