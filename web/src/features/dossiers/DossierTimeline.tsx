/** The dossier's history from its action log: what was done, when, by whom, and what was said with it. */
import { Card, Timeline } from 'antd';
import type { ActionEntry, ReturnMethod } from '../../../../src/modules/dossiers/contracts.ts';
import { formatDate, formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/vi.ts';
import { channelKey, methodKey, StatusTag } from './dossier-format.tsx';

/** Details worth reading, in this order, with their labels; ids and bookkeeping are left out. */
const DETAIL_LABEL: [string, MessageKey][] = [
  ['departmentName', 'dos.d.department'],
  ['assigneeName', 'dos.d.assignee'],
  ['missing', 'dos.f.missing'],
  ['reason', 'dos.f.reason'],
  ['reasons', 'dos.f.reasons'],
  ['bodies', 'dos.f.bodies'],
  ['replyBy', 'dos.f.replyBy'],
  ['newAppointmentAt', 'dos.f.newDate'],
  ['resultNumber', 'dos.f.resultNumber'],
  ['method', 'dos.f.method'],
  ['channel', 'dos.d.channel'],
  ['note', 'dos.f.note'],
];

const COLOR: Partial<Record<ActionEntry['type'], string>> = {
  refuse: 'red',
  'reject-after-appraisal': 'red',
  withdraw: 'gray',
  stop: 'gray',
  'request-supplement': 'orange',
  'apologize-and-reschedule': 'orange',
  'return-for-rework': 'orange',
  approve: 'green',
  'sign-and-number': 'green',
  'return-result': 'green',
};

function DetailLines({ details }: { details: Record<string, unknown> }) {
  const { t, lang } = useI18n();
  const text = (key: string, v: unknown): string => {
    if (Array.isArray(v)) return v.map(String).join('; ');
    if (key === 'method') return t(methodKey(v as ReturnMethod));
    if (key === 'channel') return t(channelKey(v as 'counter'));
    if (key === 'newAppointmentAt') return formatDateTime(String(v));
    if (key === 'replyBy') return formatDate(String(v));
    if (key === 'departmentName' && lang === 'en' && typeof details.departmentNameEn === 'string')
      return details.departmentNameEn;
    return String(v);
  };
  const rows = DETAIL_LABEL.filter(([k]) => details[k] !== undefined && details[k] !== null && details[k] !== '');
  if (!rows.length) return null;
  return (
    <dl className="dos-tl-details">
      {rows.map(([k, label]) => (
        <div key={k}>
          <dt>{t(label)}:</dt> <dd>{text(k, details[k])}</dd>
        </div>
      ))}
    </dl>
  );
}

export function DossierTimeline({ actions }: { actions: readonly ActionEntry[] }) {
  const { t, lang } = useI18n();
  return (
    <Card title={t('dos.d.timeline')}>
      <Timeline
        className="dos-timeline"
        items={[...actions].reverse().map((a) => ({
          key: a.seq,
          color: COLOR[a.type] ?? 'blue',
          content: (
            <div data-log={a.type}>
              <div className="dos-tl-head">
                <strong>{a.label[lang]}</strong>
                <StatusTag status={a.toStatus} />
              </div>
              <div className="dos-tl-meta">
                {formatDateTime(a.at)} · {t('dos.d.by', { name: a.actorName })}
              </div>
              <DetailLines details={a.details} />
            </div>
          ),
        }))}
      />
    </Card>
  );
}
