/** The side column of a procedure: processing time (structured and as published), clock rules, other facts. */
import { CheckCircleOutlined, ClockCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Card, Descriptions, Progress, Space, Tag, Typography } from 'antd';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { formatDuration, SOURCE_LABEL, STEP_LABEL } from './catalog-format.tsx';
import type { ProcedureDetail } from './queries.ts';
import { UnverifiedNote } from './UnverifiedNote.tsx';

export function TimeCard({ p }: { p: ProcedureDetail }) {
  const { t, lang } = useI18n();
  const pt = p.processingTime;
  return (
    <Card
      title={
        <Space>
          <ClockCircleOutlined />
          {t('cat.processingTime')}
        </Space>
      }
    >
      <div className="cat-time-big" data-testid="processing-time">
        {formatDuration(pt.duration, t, lang)}
      </div>
      <Space size={4} wrap style={{ marginBottom: 10 }}>
        <Tag>{t(SOURCE_LABEL[pt.source])}</Tag>
        {pt.needsReview ? (
          <Tag color="volcano" icon={<WarningOutlined />}>
            {t('cat.reason.timeUnparsed')}
          </Tag>
        ) : null}
      </Space>
      <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
        {t('cat.originalText')}
      </Typography.Text>
      <blockquote className="cat-quote">{pt.text ?? '—'}</blockquote>
      <UnverifiedNote procedure={p} field="processingTime" />
    </Card>
  );
}

export function ClockRulesCard({ p }: { p: ProcedureDetail }) {
  const { t } = useI18n();
  const r = p.clockRules;
  return (
    <Card title={t('cat.clockRules')}>
      <Descriptions column={1} size="small" styles={{ label: { width: 170 } }}>
        <Descriptions.Item label={t('cat.supplement')}>
          {r.supplement === 'pause' ? t('cal.supplementPause') : t('cal.supplementRestart')}
        </Descriptions.Item>
        <Descriptions.Item label={t('cat.consultation')}>
          {r.excludeConsultation ? (
            <Tag color="green" icon={<CheckCircleOutlined />}>
              {t('cat.consultationExcluded')}
            </Tag>
          ) : (
            t('cat.consultationCounted')
          )}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Text strong style={{ display: 'block', margin: '8px 0 6px' }}>
        {t('cat.stepPlan')}
      </Typography.Text>
      <div className="cat-step-plan" data-testid="step-plan">
        {r.stepPlan.map((s) => (
          <div key={s.step} className="cat-step-row">
            <span>{t(STEP_LABEL[s.step])}</span>
            <Progress percent={Math.round(s.share * 1000) / 10} size="small" strokeColor="#9b1c1c" />
          </div>
        ))}
      </div>
      {p.rules ? (
        <>
          <Typography.Text strong style={{ display: 'block', margin: '12px 0 4px' }}>
            {t('cat.rules')}
          </Typography.Text>
          <div className="cat-prewrap">{p.rules}</div>
        </>
      ) : null}
      <UnverifiedNote procedure={p} field="rules" />
    </Card>
  );
}

export function OtherCard({ p }: { p: ProcedureDetail }) {
  const { t } = useI18n();
  return (
    <Card title={t('cat.other')}>
      {p.notes ? <div className="cat-note">{p.notes}</div> : null}
      {p.synonyms.length ? (
        <>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('cat.synonyms')}
          </Typography.Text>
          <div style={{ margin: '4px 0 12px' }}>
            {p.synonyms.map((s) => (
              <Tag key={s}>{s}</Tag>
            ))}
          </div>
        </>
      ) : null}
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('cat.sourced')}>
          {p.fullySourced ? t('cat.sourcedYes') : <Tag>{t('cat.reason.notSourced')}</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label={t('cat.version')}>{p.version}</Descriptions.Item>
        <Descriptions.Item label={t('cat.updated')}>
          {formatDateTime(p.updatedAt)}
          {p.updatedBy ? ` · ${p.updatedBy}` : ''}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
