/**
 * The answer card and its spoken version, built only from catalog data: a curated procedure's citizen view
 * (which never holds unverified values) or a national entry (name, handling bodies, level). Nothing is made
 * up: when the catalog does not say, the card says so. Output is plain text; the web renders it as text.
 */
import type { Duration, NationalEntry, PublicProcedure } from '../../catalog/contracts.ts';
import type { AnswerCard, AnswerGroup, AssistantLang } from '../contracts.ts';
import { answerCodeOf, bodiesOf } from './docs.ts';

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);
export const shortName = (name: string) => name.replace(/^\s*thủ tục\s+/i, '').replace(/^./, (c) => c.toUpperCase());

function money(amount: number, lang: AssistantLang): string {
  const digits = String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'vi' ? '.' : ',');
  return lang === 'vi' ? `${digits} đồng` : `${digits} VND`;
}

/** Structured fees when every amount is known; otherwise the published text (Vietnamese). */
export function feeOf(p: PublicProcedure, lang: AssistantLang): { text: string | null; spoken: string | null } {
  const known = p.fees.filter((f) => f.amountVnd !== null);
  if (p.fees.length > 0 && known.length === p.fees.length) {
    if (known.every((f) => f.amountVnd === 0)) {
      const free = lang === 'vi' ? 'Miễn phí (0 đồng)' : 'Free (0 VND)';
      return { text: free, spoken: lang === 'vi' ? 'miễn phí' : 'free' };
    }
    const parts = [
      ...new Set(
        known.map((f) => `${money(f.amountVnd as number, lang)}${f.description ? ` (${f.description})` : ''}`),
      ),
    ];
    return { text: parts.join('; '), spoken: parts.length === 1 ? money(known[0]?.amountVnd as number, lang) : null };
  }
  if (p.feeText) return { text: clip(p.feeText, 240) + (lang === 'en' ? ' (in Vietnamese)' : ''), spoken: null };
  return { text: null, spoken: null };
}

export function durationText(d: Duration, lang: AssistantLang): string | null {
  const vi = lang === 'vi';
  switch (d.kind) {
    case 'working_days':
      return vi ? `${d.value} ngày làm việc` : `${d.value} working day${d.value === 1 ? '' : 's'}`;
    case 'working_hours':
      return vi ? `${d.value} giờ làm việc` : `${d.value} working hour${d.value === 1 ? '' : 's'}`;
    case 'same_day':
      return vi
        ? `Trong ngày (nộp sau ${d.cutoff} thì trả vào ngày làm việc tiếp theo)`
        : `Same day (if received after ${d.cutoff}, the next working day)`;
    case 'calendar_days':
      return vi ? `${d.value} ngày` : `${d.value} day${d.value === 1 ? '' : 's'}`;
    case 'months':
      return vi ? `${d.value} tháng` : `${d.value} month${d.value === 1 ? '' : 's'}`;
    default:
      return null;
  }
}

const LEVEL_EN = {
  ward: 'ward level',
  province: 'provincial level',
  central: 'central government',
  other: 'another body',
} as const;
const LEVEL_VI = { ward: 'cấp xã', province: 'cấp tỉnh', central: 'cấp trung ương', other: 'cơ quan khác' } as const;

function bodyGloss(body: string): string {
  if (/công an/i.test(body)) return ' (police)';
  if (/quân sự/i.test(body)) return ' (military command)';
  return '';
}

function whereHere(group: AnswerGroup | null, lang: AssistantLang): string {
  if (!group)
    return lang === 'vi'
      ? 'Trung tâm Phục vụ hành chính công phường – hỏi tại bàn hướng dẫn'
      : "This ward's Public Administrative Service Center – ask at the information desk";
  return lang === 'vi'
    ? `Quầy ${group.letter} – ${group.name}, ${group.zone}`
    : `Counters ${group.letter} – ${group.nameEn}, ${group.zone}`;
}

function whereElsewhere(body: string, lang: AssistantLang): string {
  return lang === 'vi'
    ? `Không nộp tại Trung tâm phường. Nơi thực hiện: ${body}`
    : `Not handled at this center. Go to: ${body}${bodyGloss(body)}`;
}

export function curatedCard(p: PublicProcedure, lang: AssistantLang, group: AnswerGroup | null): AnswerCard {
  const here = p.handledAtCenter;
  const body = here ? null : (p.whereToGo ?? p.handlingBody);
  const fee = feeOf(p, lang);
  const time = durationText(p.processingTime.duration, lang);
  return {
    code: answerCodeOf(p),
    name: shortName(lang === 'en' ? (p.nameEn ?? p.nameVi) : p.nameVi),
    nameVi: p.nameVi,
    field: p.field,
    source: 'curated',
    handledHere: here,
    where: { text: here ? whereHere(group, lang) : whereElsewhere(body as string, lang), group, body },
    documents: p.documents.slice(0, 20).map((d) => ({ ...d, name: clip(d.name, 400) })),
    documentsNote:
      p.documents.length === 0
        ? lang === 'vi'
          ? 'Chưa có danh sách giấy tờ đã xác minh; hỏi cán bộ tại quầy.'
          : 'No verified document list yet; ask at the counter.'
        : lang === 'en'
          ? 'Document names are given in Vietnamese, as officially published.'
          : null,
    fee: fee.text,
    processingTime: time ?? (p.processingTime.text ? clip(p.processingTime.text, 240) : null),
    online: p.channels.includes('online'),
    result: p.result ? clip(p.result, 240) : null,
    canTakeTicket: here && group !== null,
  };
}

export function nationalCard(
  n: NationalEntry,
  handledHere: boolean,
  lang: AssistantLang,
  group: AnswerGroup | null,
): AnswerCard {
  const bodies = bodiesOf(n).join('; ');
  const body = bodies || (lang === 'vi' ? `Cơ quan ${LEVEL_VI[n.level]}` : LEVEL_EN[n.level]);
  const elsewhere =
    lang === 'vi'
      ? `Không nộp tại Trung tâm phường. Cơ quan giải quyết: ${body} (${LEVEL_VI[n.level]})`
      : `Not handled at this center. Handled by: ${body}${bodyGloss(body)} (${LEVEL_EN[n.level]})`;
  return {
    code: n.code,
    name: shortName(n.name),
    nameVi: n.name,
    field: n.field,
    source: 'national',
    handledHere,
    where: { text: handledHere ? whereHere(group, lang) : elsewhere, group, body: handledHere ? null : body },
    documents: [],
    documentsNote:
      lang === 'vi'
        ? 'Danh mục chưa có thông tin giấy tờ, lệ phí đã xác minh cho thủ tục này; xem Cổng Dịch vụ công quốc gia (dichvucong.gov.vn).'
        : 'The catalog has no verified documents or fees for this procedure; see the National Public Service Portal (dichvucong.gov.vn).',
    fee: null,
    processingTime: null,
    online: false,
    result: null,
    canTakeTicket: handledHere && group !== null,
  };
}

/** A short spoken version (at most about 300 characters). */
export function speechOf(card: AnswerCard, lang: AssistantLang, spokenFee: string | null): string {
  const vi = lang === 'vi';
  const parts = [`${card.name}.`];
  if (card.handledHere && card.where.group) {
    const g = card.where.group;
    parts.push(
      vi
        ? `Mời bạn lấy số thứ tự quầy ${g.letter}, ${g.zone}.`
        : `Please take a ticket for counters ${g.letter}, ${g.zone}.`,
    );
  } else if (!card.handledHere) {
    parts.push(
      vi
        ? `Thủ tục này không nộp tại đây, bạn cần đến ${card.where.body}.`
        : `This is not handled here; please go to ${card.where.body}${bodyGloss(card.where.body ?? '')}.`,
    );
  }
  if (card.documents.length > 0)
    parts.push(vi ? 'Giấy tờ cần mang có trên màn hình.' : 'The documents to bring are on the screen.');
  if (spokenFee) parts.push(vi ? `Lệ phí: ${spokenFee}.` : `Fee: ${spokenFee}.`);
  return clip(parts.join(' '), 320);
}
