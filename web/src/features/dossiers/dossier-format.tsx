/** How dossier facts read on screen: status tags, the remaining time in colour, channels, kinds, forms. */
import { ClockCircleOutlined, PauseCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import type {
  ActionType,
  DocumentKind,
  DossierStatus,
  FormNumber,
  IntakeChannel,
  Remaining,
  ReturnMethod,
  WorkQueue,
} from '../../../../src/modules/dossiers/contracts.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/vi.ts';

/** The procedure's and department's names in the UI language; Vietnamese where the catalog has no English. */
export const procedureNameOf = (d: { procedureName: string; procedureNameEn: string | null }, lang: 'vi' | 'en') =>
  lang === 'en' && d.procedureNameEn ? d.procedureNameEn : d.procedureName;
export const departmentNameOf = (
  d: { departmentName: string | null; departmentNameEn: string | null },
  lang: 'vi' | 'en',
) => (lang === 'en' && d.departmentNameEn ? d.departmentNameEn : d.departmentName);

export const statusKey = (s: DossierStatus) => `dos.status.${s}` as MessageKey;
export const actionKey = (a: ActionType) => `dos.action.${a}` as MessageKey;
export const queueKey = (q: WorkQueue | 'all') => `dos.queue.${q}` as MessageKey;
export const channelKey = (c: IntakeChannel) => `dos.channel.${c}` as MessageKey;
export const kindKey = (k: DocumentKind) => `dos.kind.${k}` as MessageKey;
export const methodKey = (m: ReturnMethod) => `dos.method.${m}` as MessageKey;
export const formKey = (f: FormNumber) => `dos.form.${f}` as MessageKey;

const STATUS_COLOR: Record<DossierStatus, string> = {
  submitted: 'blue',
  received: 'cyan',
  'not-accepted': 'default',
  'supplement-requested': 'gold',
  'in-progress': 'geekblue',
  consultation: 'purple',
  'awaiting-approval': 'orange',
  approved: 'volcano',
  signed: 'green',
  rejected: 'red',
  'result-ready': 'green',
  returned: 'success',
  withdrawn: 'default',
  stopped: 'default',
};

export function StatusTag({ status, label }: { status: DossierStatus; label?: { vi: string; en: string } }) {
  const { t, lang } = useI18n();
  return (
    <Tag color={STATUS_COLOR[status]} variant="filled" data-status={status}>
      {label ? label[lang] : t(statusKey(status))}
    </Tag>
  );
}

/** One working day (8 working hours): less than this left counts as "due soon" (amber). */
const SOON_MINUTES = 8 * 60;

export type Urgency = 'late' | 'soon' | 'ok' | 'paused';

export function urgencyOf(r: Remaining): Urgency {
  if (r.overdue) return 'late';
  if (r.paused) return 'paused';
  return r.totalMinutes < SOON_MINUTES ? 'soon' : 'ok';
}

/** "còn 1 ngày 3 giờ" in green, amber under a working day, red when overdue; grey while the clock is paused. */
export function RemainingTag({ remaining, large = false }: { remaining: Remaining | null; large?: boolean }) {
  const { lang, t } = useI18n();
  if (!remaining) return <span className="dos-muted">—</span>;
  const u = urgencyOf(remaining);
  const icon = u === 'late' ? <WarningOutlined /> : u === 'paused' ? <PauseCircleOutlined /> : <ClockCircleOutlined />;
  const tag = (
    <span className={`dos-remaining dos-remaining-${u}${large ? ' dos-remaining-large' : ''}`} data-urgency={u}>
      {icon} {remaining[lang]}
    </span>
  );
  return u === 'late' ? <Tooltip title={t('dos.late')}>{tag}</Tooltip> : tag;
}

export function ChannelText({ channel }: { channel: IntakeChannel }) {
  const { t } = useI18n();
  return <>{t(channelKey(channel))}</>;
}
