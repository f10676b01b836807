/**
 * A city administrator edits a procedure: names, channels, documents, time, fees, clock rules. The update
 * carries the version read; when someone saved first the server answers 409, the form reloads the newest
 * procedure and says so.
 */
import { SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, Form, Result, Row, Space, Spin } from 'antd';
import { useEffect } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { isApiError } from '../../app/api.ts';
import { hasAnyRole, useCurrentUser } from '../../app/auth.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { BackHomeButton } from '../../ui/ComingSoon.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { procedureName } from './catalog-format.tsx';
import { EditClockRules } from './EditClockRules.tsx';
import { EditDocuments } from './EditDocuments.tsx';
import { EditFees, EditGeneral, EditTime } from './EditTimeFees.tsx';
import { type EditForm, toForm, toUpdate } from './edit-model.ts';
import { useProcedure, useUpdateProcedure } from './queries.ts';
import './catalog.css';

export default function ProcedureEditPage() {
  const { code } = useParams();
  const me = useCurrentUser();
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<EditForm>();
  const procedure = useProcedure(code);
  const update = useUpdateProcedure();
  const p = procedure.data;
  const detailPath = `/catalog/${encodeURIComponent(code ?? '')}`;

  useEffect(() => {
    if (p) form.setFieldsValue(toForm(p));
  }, [p, form]);

  if (!(hasAnyRole(me, ['admin']) && me.cityAdmin))
    return <Result status="403" title="403" subTitle={t('cat.editForbidden')} extra={<BackHomeButton />} />;
  if (procedure.isError) return <ErrorAlert error={procedure.error} />;
  if (!p) return <Spin size="large" style={{ display: 'block', margin: '80px auto' }} />;

  const onFinish = (v: EditForm) => {
    const body = toUpdate(p, v);
    if (Object.keys(body).length === 1) {
      message.info(t('cat.noChanges'));
      return;
    }
    update.mutate(
      { id: p.id, body },
      {
        onSuccess: () => {
          message.success(t('common.saved'));
          navigate(detailPath);
        },
        onError: (e) => {
          if (isApiError(e, 409)) {
            message.warning(t('common.conflict'), 6);
            void procedure.refetch();
          }
        },
      },
    );
  };

  const conflict = isApiError(update.error, 409);
  const actions = (
    <Space>
      <Button onClick={() => navigate(detailPath)}>{t('common.cancel')}</Button>
      <Button type="primary" icon={<SaveOutlined />} loading={update.isPending} onClick={() => form.submit()}>
        {t('common.save')}
      </Button>
    </Space>
  );
  return (
    <>
      <PageHeader
        title={t('cat.editTitle')}
        subtitle={`${p.code ? `${p.code} · ` : ''}${procedureName(p, lang)}`}
        extra={actions}
      />
      {update.isError && !conflict ? (
        <div style={{ marginBottom: 16 }}>
          <ErrorAlert error={update.error} />
        </div>
      ) : null}
      {conflict ? <Alert type="warning" showIcon title={t('common.conflict')} style={{ marginBottom: 16 }} /> : null}
      <Form<EditForm> form={form} name="procedure" layout="vertical" onFinish={onFinish}>
        <Row gutter={[20, 20]}>
          <Col xs={24} xl={14}>
            <Space orientation="vertical" size={20} style={{ width: '100%' }}>
              <EditGeneral />
              <EditFees />
            </Space>
          </Col>
          <Col xs={24} xl={10}>
            <Space orientation="vertical" size={20} style={{ width: '100%' }}>
              <EditTime />
              <EditClockRules />
            </Space>
          </Col>
          <Col span={24}>
            <EditDocuments />
          </Col>
        </Row>
        <div className="cat-edit-footer">
          <span>{t('cat.versionNote', { version: p.version })}</span>
          {actions}
        </div>
      </Form>
    </>
  );
}
