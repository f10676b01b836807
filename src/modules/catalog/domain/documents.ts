/** Required documents written as plain text by the curators ("Trẻ bị bỏ rơi: biên bản …"). */
import type { RequiredDocument } from '../contracts.ts';

/** A leading short clause before ":" names the case the document applies to. */
export function documentFromText(text: string): RequiredDocument {
  const clean = text.replace(/^\s*[-+•*]\s*/, '').trim();
  const m = /^([^:()]{3,60}):\s+(.+)$/s.exec(clean);
  const conditional = m && !/^(mẫu|theo)/i.test(m[1]!);
  return {
    name: conditional ? m[2]!.trim() : clean,
    originals: null,
    copies: null,
    required: !conditional && !/\((nếu|trường hợp|chỉ khi)/i.test(clean),
    condition: conditional ? m[1]!.trim() : null,
  };
}

/**
 * The checklist shape dossier intake uses: a stable id per document (its position in the procedure's list),
 * the kind an officer ticks (original unless only copies are asked for) and how many.
 */
export function requiredDocumentsOf(documents: readonly RequiredDocument[]) {
  return documents.map((d, i) => ({
    id: `doc-${i + 1}`,
    name: d.name,
    kind: (d.originals ?? 0) > 0 || d.copies === null ? ('original' as const) : ('copy' as const),
    count: Math.max(1, d.originals ?? d.copies ?? 1),
    required: d.required,
    condition: d.condition,
  }));
}
