/**
 * Intake step 3: the applicant (and a proxy), the channel, and the outcome of the check: receive, request a
 * supplement (what is missing and why) or refuse. ID number and mobile phone are checked here and again by the API.
 */
import { Alert, Button, Card, Col, Flex, Form, Input, Radio, Row, type FormRule as Rule, Switch } from 'antd';
import { useEffect } from 'react';
import { ApiError, errorMessage } from '../../app/api.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/vi.ts';
import type { RequiredDocumentRef } from '../catalog/queries.ts';
import { type ApplicantValues, isEmail, isIdNumber, isVnMobile } from './intake-model.ts';

interface Props {
  missing: readonly RequiredDocumentRef[];
  pending: boolean;
  error: unknown;
  onBack: () => void;
  onSubmit: (v: ApplicantValues) => void;
}

const OUTCOMES = ['receive', 'request-supplement', 'refuse'] as const;

export function IntakeApplicantStep({ missing, pending, error, onBack, onSubmit }: Props) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<ApplicantValues>();
  const outcome = Form.useWatch('outcome', form) ?? (missing.length ? 'request-supplement' : 'receive');
  const hasProxy = Form.useWatch('hasProxy', form);
  const missingNames = missing.map((m) => m.name).join('\n');
  // The checklist changed (the officer went back): propose the outcome and the missing items again.
  useEffect(() => {
    form.setFieldsValue({ outcome: missingNames ? 'request-supplement' : 'receive', missing: missingNames });
  }, [form, missingNames]);
  const req = (field: MessageKey): Rule => ({
    required: true,
    whitespace: true,
    message: t('dos.f.required', { field: t(field).toLowerCase() }),
  });
  const check = (ok: (s: string) => boolean, msg: MessageKey): Rule => ({
    validator: (_, v?: string) => (!v || ok(v.trim()) ? Promise.resolve() : Promise.reject(new Error(t(msg)))),
  });
  const serverMissing =
    error instanceof ApiError && error.code === 'DOSSIER_MISSING_DOCUMENTS'
      ? ((error.details?.missing as { name: string }[] | undefined) ?? [])
      : [];

  return (
    <Card title={t('dos.in.applicant')}>
      <Form<ApplicantValues>
        form={form}
        layout="vertical"
        requiredMark
        onFinish={onSubmit}
        initialValues={{
          channel: 'counter',
          outcome: missing.length ? 'request-supplement' : 'receive',
          missing: missing.map((m) => m.name).join('\n'),
        }}
        scrollToFirstError
      >
        <Row gutter={20}>
          <Col xs={24} md={12}>
            <Form.Item name="fullName" label={t('dos.d.fullName')} rules={[req('dos.d.fullName')]}>
              <Input maxLength={200} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item
              name="idNumber"
              label={t('dos.d.idNumber')}
              extra={t('dos.in.idHelp')}
              rules={[req('dos.d.idNumber'), check(isIdNumber, 'dos.v.idNumber')]}
            >
              <Input inputMode="numeric" maxLength={14} autoComplete="off" className="mono" />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item
              name="phone"
              label={t('dos.d.phone')}
              extra={t('dos.in.phoneHelp')}
              rules={[req('dos.d.phone'), check(isVnMobile, 'dos.v.phone')]}
            >
              <Input inputMode="tel" maxLength={20} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="address" label={t('dos.d.address')} rules={[req('dos.d.address')]}>
              <Input maxLength={500} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="email" label={t('dos.d.email')} rules={[check(isEmail, 'dos.v.email')]}>
              <Input type="email" maxLength={320} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="channel" label={t('dos.in.channel')}>
              <Radio.Group
                optionType="button"
                options={(['counter', 'post', 'field'] as const).map((c) => ({
                  value: c,
                  label: t(`dos.channel.${c}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="hasProxy" label={t('dos.in.hasProxy')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        </Row>
        {hasProxy ? (
          <Row gutter={20} className="dos-proxy">
            <Col xs={24} md={8}>
              <Form.Item name="proxyName" label={t('dos.d.fullName')} rules={[req('dos.d.fullName')]}>
                <Input maxLength={200} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item
                name="proxyIdNumber"
                label={t('dos.d.idNumber')}
                rules={[req('dos.d.idNumber'), check(isIdNumber, 'dos.v.idNumber')]}
              >
                <Input inputMode="numeric" maxLength={14} autoComplete="off" className="mono" />
              </Form.Item>
            </Col>
            <Col xs={24} md={5}>
              <Form.Item name="proxyPhone" label={t('dos.d.phone')} rules={[check(isVnMobile, 'dos.v.phone')]}>
                <Input inputMode="tel" maxLength={20} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={5}>
              <Form.Item name="proxyRelation" label={t('dos.d.relation')}>
                <Input maxLength={200} autoComplete="off" />
              </Form.Item>
            </Col>
          </Row>
        ) : null}
        <Form.Item name="outcome" label={t('dos.in.outcome')}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={OUTCOMES.map((o) => ({ value: o, label: t(`dos.in.outcome.${o}`) }))}
          />
        </Form.Item>
        {outcome === 'receive' && missing.length ? (
          <Alert
            type="warning"
            showIcon
            title={t('dos.in.missingWarn', { count: missing.length })}
            style={{ marginBottom: 16 }}
          />
        ) : null}
        {outcome === 'request-supplement' ? (
          <Form.Item
            name="missing"
            label={t('dos.f.missing')}
            extra={t('dos.act.lines')}
            rules={[req('dos.f.missing')]}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
          </Form.Item>
        ) : null}
        {outcome !== 'receive' ? (
          <Form.Item
            name="reason"
            label={outcome === 'refuse' ? t('dos.f.reasons') : t('dos.f.reason')}
            extra={outcome === 'refuse' ? t('dos.act.lines') : undefined}
            rules={[req('dos.f.reason')]}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
          </Form.Item>
        ) : null}
        {error ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            data-testid="intake-error"
            style={{ marginBottom: 16 }}
            title={t('common.error')}
            description={
              <>
                {errorMessage(error, lang)}
                {error instanceof ApiError ? <span className="error-code"> ({error.code})</span> : null}
                {serverMissing.length ? (
                  <ul className="dos-missing-list">
                    {serverMissing.map((m) => (
                      <li key={m.name}>{m.name}</li>
                    ))}
                  </ul>
                ) : null}
              </>
            }
          />
        ) : null}
        <Flex justify="space-between">
          <Button onClick={onBack}>{t('dos.in.back')}</Button>
          <Button type="primary" size="large" htmlType="submit" loading={pending} data-testid="intake-submit">
            {t(`dos.in.submit.${outcome}`)}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}
