/** One procedure as staff see it: everything published, and the values still waiting for verification. */
import { ArrowLeftOutlined, AuditOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Result, Row, Space, Spin } from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { isApiError } from '../../app/api.ts';
import { hasAnyRole, useCurrentUser } from '../../app/auth.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { FIELD_LABEL, procedureName } from './catalog-format.tsx';
import { DocumentsCard, GeneralCard, LegalCard, StepsCard } from './DetailSections.tsx';
import { ClockRulesCard, OtherCard, TimeCard } from './DetailSide.tsx';
import { useProcedure } from './queries.ts';
import './catalog.css';

export function BackToCatalog() {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/catalog')}>
      {t('cat.backToList')}
    </Button>
  );
}

export default function ProcedureDetailPage() {
  const { code } = useParams();
  const me = useCurrentUser();
  const { t, lang } = useI18n();
  const procedure = useProcedure(code);
  const canEdit = hasAnyRole(me, ['admin']) && me.cityAdmin;
  const canReview = hasAnyRole(me, ['admin', 'director']);
  const p = procedure.data;

  if (procedure.isError && isApiError(procedure.error, 404))
    return <Result status="404" title={t('cat.notFound')} subTitle={code} extra={<BackToCatalog />} />;
  if (procedure.isError) return <ErrorAlert error={procedure.error} />;
  if (!p) return <Spin size="large" style={{ display: 'block', margin: '80px auto' }} />;

  const pending = p.unverified.map((u) => t(FIELD_LABEL[u.field])).join(', ');
  return (
    <>
      <PageHeader
        title={procedureName(p, lang)}
        subtitle={[p.code ? `${t('cat.code')} ${p.code}` : null, p.field].filter(Boolean).join(' · ')}
        extra={
          <>
            <BackToCatalog />
            {canEdit ? (
              <Link to={`/catalog/${encodeURIComponent(p.code ?? p.id)}/edit`}>
                <Button type="primary" icon={<EditOutlined />}>
                  {t('common.edit')}
                </Button>
              </Link>
            ) : null}
          </>
        }
      />
      {p.unverified.length ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 20 }}
          data-testid="unverified-banner"
          title={t('cat.unverifiedBanner', { count: p.unverified.length, fields: pending })}
          description={t('cat.unverifiedBannerBody')}
          action={
            canReview ? (
              <Link to="/catalog/review">
                <Button size="small" icon={<AuditOutlined />}>
                  {t('cat.reviewQueue')}
                </Button>
              </Link>
            ) : undefined
          }
        />
      ) : null}
      <Row gutter={[20, 20]}>
        <Col xs={24} xl={15}>
          <Space orientation="vertical" size={20} style={{ width: '100%' }}>
            <GeneralCard p={p} />
            <DocumentsCard p={p} />
            <StepsCard p={p} />
            <LegalCard p={p} />
          </Space>
        </Col>
        <Col xs={24} xl={9}>
          <Space orientation="vertical" size={20} style={{ width: '100%' }}>
            <TimeCard p={p} />
            <ClockRulesCard p={p} />
            <OtherCard p={p} />
          </Space>
        </Col>
      </Row>
    </>
  );
}
