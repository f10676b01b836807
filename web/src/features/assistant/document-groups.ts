/**
 * The portal publishes case-specific documents and notes in the same list as the basic ones ("Trường hợp …",
 * "Lưu ý: …"). On a kiosk the basic ones come first and the rest fold away; nothing is dropped or reworded.
 */
import type { CardDocument } from '../../../../src/modules/assistant/contracts.ts';

const NOTE = /^\s*(lưu ý|ghi chú)\b/i;
const CASE = /^\s*(trường hợp|đối với|nếu)\b/i;

export function groupDocuments(documents: readonly CardDocument[]) {
  const notes = documents.filter((d) => NOTE.test(d.name));
  const cases = documents.filter((d) => !NOTE.test(d.name) && (d.condition !== null || CASE.test(d.name)));
  const main = documents.filter((d) => !notes.includes(d) && !cases.includes(d));
  return { main, cases, notes };
}
