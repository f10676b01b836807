/**
 * The edit form's values and the update sent from them. Only fields that changed are sent: re-sending an
 * unchanged processing time would mark it as set by an administrator and clear its review flag.
 */
import dayjs, { type Dayjs } from 'dayjs';
import type {
  Channel,
  ClockRules,
  Duration,
  InternalStep,
  Procedure,
  ProcedureUpdate,
  RequiredDocument,
} from '../../../../src/modules/catalog/contracts.ts';

export interface DocumentRow {
  name: string;
  originals: number | null;
  copies: number | null;
  required: boolean;
  condition: string;
}
export interface FeeRow {
  amountVnd: number | null;
  description: string;
  channels: Channel[];
}
export interface StepRow {
  step: InternalStep;
  percent: number;
}
export interface EditForm {
  nameEn: string;
  synonyms: string[];
  channels: Channel[];
  timeText: string;
  durationKind: Duration['kind'];
  durationValue: number | null;
  durationCutoff: Dayjs | null;
  feeText: string;
  fees: FeeRow[];
  documents: DocumentRow[];
  result: string;
  supplement: ClockRules['supplement'];
  excludeConsultation: boolean;
  stepPlan: StepRow[];
}

const blank = (v: string | null | undefined) => (v?.trim() ? v.trim() : null);

export function toForm(p: Procedure): EditForm {
  const d = p.processingTime.duration;
  return {
    nameEn: p.nameEn ?? '',
    synonyms: p.synonyms,
    channels: p.channels,
    timeText: p.processingTime.text ?? '',
    durationKind: d.kind,
    durationValue: 'value' in d ? d.value : null,
    durationCutoff: d.kind === 'same_day' ? dayjs(`2000-01-01T${d.cutoff}`) : dayjs('2000-01-01T15:00'),
    feeText: p.feeText ?? '',
    fees: p.fees.map((f) => ({ amountVnd: f.amountVnd, description: f.description, channels: f.channels })),
    documents: p.documents.map((doc) => ({ ...doc, condition: doc.condition ?? '' })),
    result: p.result ?? '',
    supplement: p.clockRules.supplement,
    excludeConsultation: p.clockRules.excludeConsultation,
    stepPlan: p.clockRules.stepPlan.map((s) => ({ step: s.step, percent: Math.round(s.share * 10000) / 100 })),
  };
}

export function durationOf(v: Pick<EditForm, 'durationKind' | 'durationValue' | 'durationCutoff'>): Duration {
  switch (v.durationKind) {
    case 'unknown':
      return { kind: 'unknown' };
    case 'same_day':
      return { kind: 'same_day', cutoff: (v.durationCutoff ?? dayjs('2000-01-01T15:00')).format('HH:mm') };
    default:
      return { kind: v.durationKind, value: v.durationValue ?? 1 };
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The sum of the step plan in percent, to two decimals. */
export const planTotal = (rows: readonly StepRow[] | undefined) =>
  Math.round((rows ?? []).reduce((s, r) => s + (r?.percent ?? 0), 0) * 100) / 100;

export function toUpdate(p: Procedure, v: EditForm): ProcedureUpdate {
  const u: ProcedureUpdate = { version: p.version };
  const nameEn = blank(v.nameEn);
  if (nameEn !== p.nameEn) u.nameEn = nameEn;
  const synonyms = v.synonyms.map((s) => s.trim()).filter(Boolean);
  if (!same(synonyms, p.synonyms)) u.synonyms = synonyms;
  if (!same(v.channels, p.channels)) u.channels = v.channels;
  const time = { text: blank(v.timeText), duration: durationOf(v) };
  if (!same(time, { text: p.processingTime.text, duration: p.processingTime.duration })) u.processingTime = time;
  const feeText = blank(v.feeText);
  if (feeText !== p.feeText) u.feeText = feeText;
  const fees = (v.fees ?? []).map((f) => ({
    amountVnd: f.amountVnd ?? null,
    description: f.description?.trim() ?? '',
    channels: f.channels ?? [],
  }));
  if (!same(fees, p.fees)) u.fees = fees;
  const documents: RequiredDocument[] = (v.documents ?? []).map((d) => ({
    name: d.name.trim(),
    originals: d.originals ?? null,
    copies: d.copies ?? null,
    required: Boolean(d.required),
    condition: blank(d.condition),
  }));
  if (!same(documents, p.documents)) u.documents = documents;
  const result = blank(v.result);
  if (result !== p.result) u.result = result;
  const clockRules: ClockRules = {
    supplement: v.supplement,
    excludeConsultation: v.excludeConsultation,
    stepPlan: (v.stepPlan ?? []).map((s) => ({ step: s.step, share: Math.round(s.percent * 100) / 10000 })),
  };
  const published = {
    ...p.clockRules,
    stepPlan: p.clockRules.stepPlan.map((s) => ({ step: s.step, share: Math.round(s.share * 10000) / 10000 })),
  };
  if (!same(clockRules, published)) u.clockRules = clockRules;
  return u;
}
