/** Words and tags for catalog values: levels, channels, review reasons, durations, steps, unverified fields. */
import { Tag } from 'antd';
import type {
  Channel,
  Duration,
  InternalStep,
  ProcedureLevel,
  ReviewReason,
  TimeSource,
  VerifiableField,
} from '../../../../src/modules/catalog/contracts.ts';
import { formatNumber } from '../../i18n/format.ts';
import { type Lang, type Translate, useI18n } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/vi.ts';

export const LEVEL_LABEL: Record<ProcedureLevel, MessageKey> = {
  ward: 'cat.level.ward',
  province: 'cat.level.province',
  central: 'cat.level.central',
  other: 'cat.level.other',
};
export const CHANNEL_LABEL: Record<Channel, MessageKey> = {
  counter: 'cat.channel.counter',
  online: 'cat.channel.online',
  post: 'cat.channel.post',
};
export const REASON_LABEL: Record<ReviewReason, MessageKey> = {
  unverified_values: 'cat.reason.unverified',
  time_unparsed: 'cat.reason.timeUnparsed',
  not_fully_sourced: 'cat.reason.notSourced',
};
const REASON_COLOR: Record<ReviewReason, string> = {
  unverified_values: 'gold',
  time_unparsed: 'volcano',
  not_fully_sourced: 'default',
};
export const FIELD_LABEL: Record<VerifiableField, MessageKey> = {
  processingTime: 'cat.field.processingTime',
  fee: 'cat.field.fee',
  documents: 'cat.field.documents',
  result: 'cat.field.result',
  rules: 'cat.field.rules',
};
export const STEP_LABEL: Record<InternalStep, MessageKey> = {
  receive: 'cat.step.receive',
  assign: 'cat.step.assign',
  appraise: 'cat.step.appraise',
  approve: 'cat.step.approve',
  sign: 'cat.step.sign',
  return: 'cat.step.return',
};
export const SOURCE_LABEL: Record<TimeSource, MessageKey> = {
  text: 'cat.source.text',
  portal_case: 'cat.source.portal',
  admin: 'cat.source.admin',
  none: 'cat.source.none',
};
export const DURATION_KINDS: readonly Duration['kind'][] = [
  'working_days',
  'working_hours',
  'same_day',
  'calendar_days',
  'months',
  'unknown',
];
export const DURATION_LABEL: Record<Duration['kind'], MessageKey> = {
  working_days: 'cat.duration.workingDays',
  working_hours: 'cat.duration.workingHours',
  same_day: 'cat.duration.sameDay',
  calendar_days: 'cat.duration.calendarDays',
  months: 'cat.duration.months',
  unknown: 'cat.duration.unknown',
};

export function formatDuration(d: Duration, t: Translate, lang: Lang): string {
  const text = durationText(d, t, lang);
  // English singular: "1 working day", "1 month".
  return lang === 'en' && 'value' in d && d.value === 1
    ? text.replace(/(days|hours|months)\b/, (w) => w.slice(0, -1))
    : text;
}

function durationText(d: Duration, t: Translate, lang: Lang): string {
  switch (d.kind) {
    case 'working_days':
      return t('cat.dur.workingDays', { n: formatNumber(d.value, lang) });
    case 'working_hours':
      return t('cat.dur.workingHours', { n: formatNumber(d.value, lang) });
    case 'calendar_days':
      return t('cat.dur.calendarDays', { n: formatNumber(d.value, lang) });
    case 'months':
      return t('cat.dur.months', { n: formatNumber(d.value, lang) });
    case 'same_day':
      return t('cat.dur.sameDay', { cutoff: d.cutoff });
    case 'unknown':
      return t('cat.dur.unknown');
  }
}

export function formatVnd(amount: number | null, t: Translate, lang: Lang): string {
  if (amount === null) return t('cat.feeElsewhere');
  if (amount === 0) return t('cat.feeFree');
  return `${formatNumber(amount, lang)} đ`;
}

/** The procedure's name in the reader's language, Vietnamese when no English name is known. */
export const procedureName = (p: { nameVi: string; nameEn: string | null }, lang: Lang) =>
  lang === 'en' && p.nameEn ? p.nameEn : p.nameVi;

export function ReasonTags({ reasons }: { reasons: readonly ReviewReason[] }) {
  const { t } = useI18n();
  return (
    <>
      {reasons.map((r) => (
        <Tag key={r} color={REASON_COLOR[r]} variant="outlined">
          {t(REASON_LABEL[r])}
        </Tag>
      ))}
    </>
  );
}

export function LevelTag({ level }: { level: ProcedureLevel }) {
  const { t } = useI18n();
  return <Tag color={level === 'ward' ? 'red' : 'blue'}>{t(LEVEL_LABEL[level])}</Tag>;
}

export function ChannelTags({ channels }: { channels: readonly Channel[] }) {
  const { t } = useI18n();
  return (
    <>
      {channels.map((c) => (
        <Tag key={c} color="cyan" variant="outlined">
          {t(CHANNEL_LABEL[c])}
        </Tag>
      ))}
    </>
  );
}
