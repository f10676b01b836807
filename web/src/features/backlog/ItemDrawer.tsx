/** One item in a side drawer: its data as imported and triaged, the override log with reasons, its actions. */
import { Button, Descriptions, Drawer, Flex, Tag, Timeline } from 'antd';
import { Link } from 'react-router-dom';
import type { BacklogItem } from '../../../../src/modules/backlog/contracts.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { COMPLEXITY_COLOR, competenceKey, complexityKey, formatPlainDate, statusKey } from './backlog-format.ts';
import { useItem, useOverrides } from './queries.ts';
import { StartWorkButton } from './StartWorkButton.tsx';
import { isWorkable } from './TriageTable.tsx';

interface Props {
  id: string | null;
  onClose: () => void;
  onOverride: (i: BacklogItem) => void;
  onCloseItem: (i: BacklogItem) => void;
  canWork: boolean;
}

const show = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : String(v));

export function ItemDrawer({ id, onClose, onOverride, onCloseItem, canWork }: Props) {
  const { t } = useI18n();
  const item = useItem(id);
  const log = useOverrides(id ?? undefined);
  const i = item.data;
  return (
    <Drawer open={Boolean(id)} onClose={onClose} size="large" title={i?.originalCode ?? '…'}>
      {item.isError ? <ErrorAlert error={item.error} /> : null}
      {i ? (
        <div data-testid="item-drawer" data-code={i.originalCode}>
          {canWork && isWorkable(i) ? (
            <Flex gap={8} className="bl-gap">
              <Button onClick={() => onOverride(i)}>{t('bl.tri.override')}</Button>
              {i.status === 'open' && i.competence === 'ward' ? <StartWorkButton item={i} label /> : null}
              <Button onClick={() => onCloseItem(i)}>{t('bl.tri.close')}</Button>
            </Flex>
          ) : null}
          <Descriptions bordered size="small" column={1}>
            <Descriptions.Item label={t('bl.col.status')}>
              <Tag>{t(statusKey(i.status))}</Tag>
              {i.dossierCode ? (
                <Link to={`/dossiers/${encodeURIComponent(i.dossierCode)}`}>{i.dossierCode}</Link>
              ) : null}
            </Descriptions.Item>
            <Descriptions.Item label={t('bl.col.source')}>{i.sourceUnit}</Descriptions.Item>
            <Descriptions.Item label={t('bl.d.receipt')}>{show(i.receiptNumber)}</Descriptions.Item>
            <Descriptions.Item label={t('bl.d.procedureRaw')}>{show(i.procedureNameRaw)}</Descriptions.Item>
            <Descriptions.Item label={t('bl.col.procedure')}>
              {i.procedureCode ? <Tag className="mono">{i.procedureCode}</Tag> : null}
              {show(i.procedureName)} ({t(`bl.match.${i.matchMethod}`)}, {Math.round(i.matchConfidence * 100)}%)
            </Descriptions.Item>
            <Descriptions.Item label={t('bl.col.field')}>{i.field}</Descriptions.Item>
            <Descriptions.Item label={t('bl.col.competence')}>
              {t(competenceKey(i.competence))}
              {i.receivingBody ? ` → ${i.receivingBody}` : ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('bl.col.complexity')}>
              <Tag color={COMPLEXITY_COLOR[i.complexity]}>{t(complexityKey(i.complexity))}</Tag>
              {t('bl.d.score', { n: i.complexityScore })} · {t('bl.hours', { n: i.effortHours })}
              <Flex gap={4} wrap className="bl-flags">
                {i.missingDocuments ? <Tag>{t('bl.d.missingDocs')}</Tag> : null}
                {i.siteVerification ? <Tag>{t('bl.d.site')}</Tag> : null}
                {i.multiAgency ? <Tag>{t('bl.d.multi')}</Tag> : null}
              </Flex>
            </Descriptions.Item>
            <Descriptions.Item label={t('bl.col.received')}>
              {formatPlainDate(i.receivedOn)} ({t('bl.days', { n: i.ageDays })})
            </Descriptions.Item>
            <Descriptions.Item label={t('bl.col.due')}>
              {formatPlainDate(i.originalDue)}
              {i.lateWorkingDays > 0 ? ` · ${t('bl.late', { n: i.lateWorkingDays })}` : ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('bl.d.applicant')}>
              {show(i.applicantName)} · {show(i.applicantIdMasked)} · {show(i.applicantPhoneMasked)}
            </Descriptions.Item>
            <Descriptions.Item label={t('bl.d.legacy')}>
              {show(i.legacyStatus)} · {show(i.legacyOfficer)}
            </Descriptions.Item>
          </Descriptions>
          <h3 className="bl-h3">{t('bl.d.overrides')}</h3>
          {log.data && log.data.length === 0 ? <p className="bl-muted">{t('bl.d.noOverrides')}</p> : null}
          <Timeline
            data-testid="override-log"
            items={(log.data ?? []).map((o) => ({
              key: `${o.at}-${o.attribute}`,
              content: (
                <>
                  <strong>{t(`bl.attr.${o.attribute}`)}</strong>: {show(o.oldValue)} → {show(o.newValue)}
                  <div className="bl-reason">“{o.reason}”</div>
                  <div className="bl-small">
                    {o.actorName} · {formatDateTime(o.at)}
                  </div>
                </>
              ),
            }))}
          />
        </div>
      ) : null}
    </Drawer>
  );
}
