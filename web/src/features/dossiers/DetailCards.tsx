/** The read-only cards of a dossier: general facts, the applicant, documents, forms (PDF) and step deadlines. */
import { FilePdfOutlined, ScanOutlined } from '@ant-design/icons';
import { Card, Descriptions, List, Table, Tag, Typography } from 'antd';
import type { DossierDetail, DossierDocument } from '../../../../src/modules/dossiers/contracts.ts';
import { useCurrentUser } from '../../app/auth.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { AttachmentCell } from './AttachmentCell.tsx';
import {
  ChannelText,
  departmentNameOf,
  formKey,
  kindKey,
  methodKey,
  procedureNameOf,
  RemainingTag,
} from './dossier-format.tsx';
import { formUrl } from './queries.ts';

export function GeneralCard({ d }: { d: DossierDetail }) {
  const { t, lang } = useI18n();
  return (
    <Card title={t('dos.d.general')}>
      <Descriptions bordered column={{ xs: 1, md: 2 }} size="small" styles={{ label: { width: 150 } }}>
        <Descriptions.Item label={t('dos.d.procedure')} span={{ xs: 1, md: 2 }}>
          <strong>{procedureNameOf(d, lang)}</strong>
          {d.procedure.code ? <span className="mono dos-muted"> · {d.procedure.code}</span> : null}
        </Descriptions.Item>
        <Descriptions.Item label={t('dos.d.channel')}>
          <ChannelText channel={d.channel} />
        </Descriptions.Item>
        <Descriptions.Item label={t('dos.d.registered')}>
          <span className="dos-nowrap">{formatDateTime(d.registeredAt)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('dos.d.received')}>
          <span className="dos-nowrap">{formatDateTime(d.receivedAt)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('dos.d.appointment')}>
          <strong className="dos-nowrap">{formatDateTime(d.appointmentAt)}</strong>
          {d.rescheduled ? <Tag className="dos-inline-tag">{t('dos.d.rescheduled')}</Tag> : null}
        </Descriptions.Item>
        <Descriptions.Item label={t('dos.d.statutory')}>
          <span className="dos-nowrap">{formatDateTime(d.statutoryDueAt)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('dos.d.remaining')}>
          {d.finishedAt ? <FinishedTag d={d} /> : <RemainingTag remaining={d.remaining} />}
        </Descriptions.Item>
        <Descriptions.Item label={t('dos.d.department')}>{departmentNameOf(d, lang) ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('dos.d.assignee')}>{d.assigneeName ?? '—'}</Descriptions.Item>
        {d.supplementCount ? (
          <Descriptions.Item label={t('dos.d.supplements')}>{d.supplementCount}</Descriptions.Item>
        ) : null}
        {d.resultNumber ? (
          <Descriptions.Item label={t('dos.d.resultNumber')}>
            <span className="mono">{d.resultNumber}</span>
          </Descriptions.Item>
        ) : null}
        {d.returnedAt ? (
          <Descriptions.Item label={t('dos.d.returned')}>
            {formatDateTime(d.returnedAt)}
            {d.returnMethod ? ` · ${t(methodKey(d.returnMethod))}` : ''}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
    </Card>
  );
}

/** A finished dossier: processed, and whether it was finished by its appointment. */
function FinishedTag({ d }: { d: DossierDetail }) {
  const { t } = useI18n();
  const late =
    d.late || (!!d.appointmentAt && !!d.finishedAt && Date.parse(d.finishedAt) > Date.parse(d.appointmentAt));
  return (
    <>
      {t('dos.finished')}{' '}
      <Tag color={late ? 'red' : 'green'} className="dos-inline-tag">
        {t(late ? 'dos.d.finishedLate' : 'dos.d.onTime')}
      </Tag>
    </>
  );
}

export function ApplicantCard({ d }: { d: DossierDetail }) {
  const { t } = useI18n();
  const a = d.applicant;
  return (
    <Card title={t('dos.d.applicant')}>
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label={t('dos.d.fullName')}>
          <strong>{a.fullName}</strong>
        </Descriptions.Item>
        <Descriptions.Item label={t('dos.d.idNumber')}>
          <span className="mono">{a.idNumber}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('dos.d.phone')}>{a.phone}</Descriptions.Item>
        <Descriptions.Item label={t('dos.d.email')}>{a.email ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('dos.d.address')} span={{ xs: 1, md: 2 }}>
          {a.address}
        </Descriptions.Item>
        {d.proxy ? (
          <Descriptions.Item label={t('dos.d.proxy')} span={{ xs: 1, md: 2 }}>
            {[d.proxy.fullName, d.proxy.idNumber, d.proxy.phone, d.proxy.relation].filter(Boolean).join(' · ')}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
    </Card>
  );
}

/** Who may upload (POST /api/files and …/attachments): everyone on the staff except viewers. */
const ATTACHERS = ['admin', 'director', 'leader', 'receiver', 'specialist', 'clerk', 'advisor'];

export function DocumentsCard({ d }: { d: DossierDetail }) {
  const { t } = useI18n();
  const me = useCurrentUser();
  const canAttach = me.roles.some((r) => ATTACHERS.includes(r));
  return (
    <Card title={t('dos.d.documents')} data-testid="attachments">
      <Table<DossierDocument>
        rowKey="position"
        size="small"
        pagination={false}
        dataSource={d.documents}
        locale={{ emptyText: t('dos.d.noDocuments') }}
        columns={[
          { title: '#', dataIndex: 'position', width: 44 },
          {
            title: t('dos.in.document'),
            key: 'name',
            render: (_, x) => (
              <>
                {x.name} {x.documentId ? null : <Tag className="dos-inline-tag">{t('dos.d.extraDoc')}</Tag>}
                {x.scanned ? (
                  <Tag color="blue" icon={<ScanOutlined />} className="dos-inline-tag">
                    {t('dos.d.scanned')}
                  </Tag>
                ) : null}
              </>
            ),
          },
          { title: t('dos.in.kind'), key: 'kind', width: 130, render: (_, x) => t(kindKey(x.kind)) },
          { title: t('dos.in.count'), dataIndex: 'count', width: 70, align: 'right' },
          {
            title: t('dos.att.file'),
            key: 'file',
            width: 260,
            render: (_, x) => <AttachmentCell d={d} doc={x} canAttach={canAttach} />,
          },
        ]}
      />
    </Card>
  );
}

export function FormsCard({ d }: { d: DossierDetail }) {
  const { t } = useI18n();
  return (
    <Card title={t('dos.d.forms')} size="small">
      <List
        size="small"
        dataSource={d.forms}
        renderItem={(f) => (
          <List.Item className="dos-form-item">
            <a href={formUrl(d.code, f)} target="_blank" rel="noopener" title={t('dos.form.open')} data-form={f}>
              <FilePdfOutlined className="dos-pdf-icon" />
              <span>
                <span className="dos-form-no">{t('dos.form.number', { n: f })}</span>
                {t(formKey(f))}
              </span>
            </a>
          </List.Item>
        )}
      />
    </Card>
  );
}

export function DeadlinesCard({ d }: { d: DossierDetail }) {
  const { t } = useI18n();
  if (!d.stepDeadlines.length) return null;
  return (
    <Card title={t('dos.d.deadlines')} size="small">
      <Descriptions column={1} size="small">
        {d.stepDeadlines.map((s) => (
          <Descriptions.Item key={s.step} label={t(`dos.step.${s.step}`)}>
            <Typography.Text>{formatDateTime(s.due)}</Typography.Text>
          </Descriptions.Item>
        ))}
      </Descriptions>
    </Card>
  );
}
