/** /dossiers/:code — one dossier: facts, remaining time, applicant, documents, history, forms, actions allowed now. */
import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Result, Row, Space, Spin, Tag } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { isApiError } from '../../app/api.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ActionPanel } from './ActionPanel.tsx';
import { ApplicantCard, DeadlinesCard, DocumentsCard, FormsCard, GeneralCard } from './DetailCards.tsx';
import { DossierTimeline } from './DossierTimeline.tsx';
import { procedureNameOf, RemainingTag, StatusTag } from './dossier-format.tsx';
import { useDossier } from './queries.ts';
import './dossiers.css';

export function BackToDossiers() {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/dossiers')}>
      {t('dos.d.back')}
    </Button>
  );
}

export default function DossierDetailPage() {
  const { code } = useParams();
  const { t, lang } = useI18n();
  const dossier = useDossier(code);
  const d = dossier.data;

  if (dossier.isError && (isApiError(dossier.error, 404) || isApiError(dossier.error, 400)))
    return <Result status="404" title={t('dos.d.notFound')} subTitle={code} extra={<BackToDossiers />} />;
  if (dossier.isError) return <ErrorAlert error={dossier.error} />;
  if (!d) return <Spin size="large" style={{ display: 'block', margin: '80px auto' }} />;

  return (
    <>
      <PageHeader
        title={
          <Flex align="center" gap={12} wrap component="span">
            <span className="mono dos-title-code" data-testid="detail-code">
              {d.code}
            </span>
            <StatusTag status={d.status} label={d.statusLabel} />
            {d.late ? <Tag color="red">{t('dos.late')}</Tag> : null}
          </Flex>
        }
        subtitle={
          <span className="dos-title-sub">
            {procedureNameOf(d, lang)} · {d.applicantName}
            {d.remaining ? (
              <>
                {' · '}
                <RemainingTag remaining={d.remaining} large />
              </>
            ) : null}
          </span>
        }
        extra={
          <>
            <BackToDossiers />
            <Button
              icon={<ReloadOutlined />}
              aria-label={t('common.refresh')}
              loading={dossier.isFetching}
              onClick={() => void dossier.refetch()}
            />
          </>
        }
      />
      <Row gutter={[20, 20]}>
        <Col xs={24} xl={16}>
          <Space orientation="vertical" size={20} style={{ width: '100%' }}>
            <GeneralCard d={d} />
            <ApplicantCard d={d} />
            <DocumentsCard d={d} />
            <DossierTimeline actions={d.actions} />
          </Space>
        </Col>
        <Col xs={24} xl={8}>
          <Space orientation="vertical" size={20} style={{ width: '100%' }}>
            <ActionPanel d={d} onReload={() => void dossier.refetch()} />
            <FormsCard d={d} />
            <DeadlinesCard d={d} />
          </Space>
        </Col>
      </Row>
    </>
  );
}
