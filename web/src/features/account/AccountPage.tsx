/** My account: who I am, change my password, see and end my sessions. */
import { LogoutOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Descriptions, Form, Input, Popconfirm, Row, Table, Tag } from 'antd';
import { type PasswordChange, SessionInfo } from '../../../../src/modules/identity/contracts.ts';
import { api } from '../../app/api.ts';
import { useCurrentUser } from '../../app/auth.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { RoleTags } from '../../ui/RoleTags.tsx';

const SESSIONS_KEY = ['sessions'] as const;

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** "Mozilla/5.0 (X11; Linux x86_64) … Chrome/140.0 …" → "Chrome 140 · Linux". */
function describeAgent(ua: string | null): string {
  if (!ua) return '—';
  const browser =
    /Edg\/(\d+)/.exec(ua)?.[1] !== undefined
      ? `Edge ${/Edg\/(\d+)/.exec(ua)?.[1]}`
      : /Firefox\/(\d+)/.exec(ua)
        ? `Firefox ${/Firefox\/(\d+)/.exec(ua)?.[1]}`
        : /Chrom(?:e|ium)\/(\d+)/.exec(ua)
          ? `Chrome ${/Chrom(?:e|ium)\/(\d+)/.exec(ua)?.[1]}`
          : /Safari\//.test(ua)
            ? 'Safari'
            : ua.slice(0, 40);
  const os = /Windows/.test(ua)
    ? 'Windows'
    : /Android/.test(ua)
      ? 'Android'
      : /iPhone|iPad/.test(ua)
        ? 'iOS'
        : /Mac OS/.test(ua)
          ? 'macOS'
          : /Linux/.test(ua)
            ? 'Linux'
            : '';
  return os ? `${browser} · ${os}` : browser;
}

export default function AccountPage() {
  const me = useCurrentUser();
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<PasswordForm>();
  const sessions = useQuery({
    queryKey: SESSIONS_KEY,
    queryFn: () => api('GET', '/api/auth/sessions', { schema: SessionInfo.array() }),
    staleTime: 0,
  });
  const changePassword = useMutation({
    mutationFn: (body: PasswordChange) => api('POST', '/api/auth/password', { body }),
    onSuccess: () => {
      form.resetFields();
      message.success(t('account.passwordChanged'));
      return qc.invalidateQueries({ queryKey: SESSIONS_KEY });
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => api('DELETE', `/api/auth/sessions/${id}`),
    onSuccess: () => {
      message.success(t('account.revoked'));
      return qc.invalidateQueries({ queryKey: SESSIONS_KEY });
    },
  });

  return (
    <>
      <PageHeader title={t('account.title')} subtitle={t('account.subtitle')} />
      <Row gutter={[20, 20]}>
        <Col xs={24} lg={12}>
          <Card title={t('account.profile')} style={{ height: '100%' }}>
            <Descriptions column={1} size="middle" styles={{ label: { width: 160 } }}>
              <Descriptions.Item label={t('staff.fullName')}>{me.fullName}</Descriptions.Item>
              <Descriptions.Item label={t('staff.username')}>
                <span className="mono">{me.username}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('staff.roles')}>
                <span>
                  <RoleTags roles={me.roles} />
                </span>
              </Descriptions.Item>
              <Descriptions.Item label={t('home.ward')}>
                {lang === 'en' ? me.ward.nameEn : me.ward.name}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('account.changePassword')}>
            {changePassword.isError ? (
              <div style={{ marginBottom: 16 }}>
                <ErrorAlert error={changePassword.error} />
              </div>
            ) : null}
            <Form<PasswordForm>
              form={form}
              name="password"
              layout="vertical"
              onFinish={(v) =>
                changePassword.mutate({ currentPassword: v.currentPassword, newPassword: v.newPassword })
              }
            >
              <Form.Item name="currentPassword" label={t('account.currentPassword')} rules={[{ required: true }]}>
                <Input.Password autoComplete="current-password" />
              </Form.Item>
              <div className="form-grid">
                <Form.Item
                  name="newPassword"
                  label={t('account.newPassword')}
                  rules={[{ required: true, min: 10, max: 200, message: t('staff.passwordRule') }]}
                >
                  <Input.Password autoComplete="new-password" />
                </Form.Item>
                <Form.Item
                  name="confirm"
                  label={t('account.confirmPassword')}
                  dependencies={['newPassword']}
                  rules={[
                    { required: true },
                    ({ getFieldValue }) => ({
                      validator: (_, value) =>
                        !value || getFieldValue('newPassword') === value
                          ? Promise.resolve()
                          : Promise.reject(new Error(t('account.mismatch'))),
                    }),
                  ]}
                >
                  <Input.Password autoComplete="new-password" />
                </Form.Item>
              </div>
              <Button type="primary" htmlType="submit" loading={changePassword.isPending}>
                {t('account.changePassword')}
              </Button>
            </Form>
          </Card>
        </Col>
        <Col span={24}>
          <Card title={t('account.sessions')}>
            {sessions.isError ? <ErrorAlert error={sessions.error} /> : null}
            {revoke.isError ? <ErrorAlert error={revoke.error} /> : null}
            <Table<SessionInfo>
              rowKey="id"
              size="middle"
              loading={sessions.isPending}
              dataSource={sessions.data ?? []}
              pagination={false}
              columns={[
                {
                  title: t('account.device'),
                  dataIndex: 'userAgent',
                  render: (v: string | null, s) => (
                    <>
                      <span title={v ?? undefined}>{describeAgent(v)}</span>
                      {s.current ? (
                        <Tag color="green" style={{ marginLeft: 8 }}>
                          {t('account.current')}
                        </Tag>
                      ) : null}
                    </>
                  ),
                },
                {
                  title: t('account.ip'),
                  dataIndex: 'ip',
                  render: (v: string | null) => <span className="mono">{v ?? '—'}</span>,
                },
                { title: t('common.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
                { title: t('account.lastSeen'), dataIndex: 'lastSeenAt', render: (v: string) => formatDateTime(v) },
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 140,
                  render: (_, s) =>
                    s.current ? null : (
                      <Popconfirm
                        title={t('nav.logout')}
                        okText={t('common.revoke')}
                        cancelText={t('common.cancel')}
                        okButtonProps={{ danger: true }}
                        onConfirm={() => revoke.mutateAsync(s.id)}
                      >
                        <Button size="small" danger icon={<LogoutOutlined />}>
                          {t('common.revoke')}
                        </Button>
                      </Popconfirm>
                    ),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
