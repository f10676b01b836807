/** Sign-in: the ward's identity on the left, the form on the right; errors in the chosen language. */
import { CheckCircleFilled, LockOutlined, UserOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { PublicWard } from '../../../../src/modules/identity/contracts.ts';
import { api, errorMessage } from '../../app/api.ts';
import { rememberedWard, useLogin, useMe } from '../../app/auth.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { EmblemMark } from '../../ui/EmblemMark.tsx';
import { LanguageSwitch } from '../../ui/LanguageSwitch.tsx';

interface LoginForm {
  username: string;
  password: string;
}

export default function LoginPage() {
  const { t, lang } = useI18n();
  const me = useMe();
  const login = useLogin();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  // The installation's ward (public endpoint), else the one this browser last signed in to.
  const publicWard = useQuery({
    queryKey: ['public-ward'],
    queryFn: () => api('GET', '/api/public/ward', { schema: PublicWard }),
    retry: false,
  });
  const ward = publicWard.data ?? rememberedWard();

  if (me.data) return <Navigate to={from} replace />;

  const onFinish = (values: LoginForm) =>
    login.mutate(values, { onSuccess: () => navigate(from.startsWith('/login') ? '/' : from, { replace: true }) });

  return (
    <div className="login">
      <section className="login-hero" aria-label={t('app.center')}>
        <div className="login-nation">
          <div className="nation">{t('app.nation')}</div>
          <div className="motto">{t('app.motto')}</div>
        </div>
        <div className="login-brand">
          <EmblemMark size={96} />
          <div>
            {ward ? <p className="ward">{lang === 'en' ? ward.nameEn : ward.name}</p> : null}
            <div className="center">{t('app.center')}</div>
          </div>
          <p className="hero">{t('login.hero')}</p>
        </div>
        <ul className="login-features">
          {(['login.feature1', 'login.feature2', 'login.feature3'] as const).map((k) => (
            <li key={k}>
              <CheckCircleFilled aria-hidden="true" />
              <span>{t(k)}</span>
            </li>
          ))}
        </ul>
      </section>
      <main className="login-side">
        <div className="login-side-top">
          <LanguageSwitch className="header-lang" />
        </div>
        <div className="login-side-body">
          <Card className="login-card">
            <div className="login-app">
              <EmblemMark size={34} />
              <span>
                <span className="login-app-name">{t('app.name').toUpperCase()}</span>
                <span className="login-app-tagline">{t('app.tagline')}</span>
              </span>
            </div>
            <Typography.Title level={1}>{t('login.title')}</Typography.Title>
            <Typography.Paragraph type="secondary">{t('login.subtitle')}</Typography.Paragraph>
            {login.isError ? (
              <Alert
                type="error"
                showIcon
                role="alert"
                title={errorMessage(login.error, lang)}
                style={{ marginBottom: 16 }}
              />
            ) : null}
            <Form<LoginForm> layout="vertical" size="large" onFinish={onFinish} requiredMark={false} autoComplete="on">
              <Form.Item
                label={t('login.username')}
                name="username"
                rules={[{ required: true, message: t('login.required', { field: t('login.username').toLowerCase() }) }]}
              >
                <Input prefix={<UserOutlined />} autoComplete="username" autoFocus autoCapitalize="none" />
              </Form.Item>
              <Form.Item
                label={t('login.password')}
                name="password"
                rules={[{ required: true, message: t('login.required', { field: t('login.password').toLowerCase() }) }]}
              >
                <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
              </Form.Item>
              <Button type="primary" htmlType="submit" block loading={login.isPending}>
                {t('login.submit')}
              </Button>
            </Form>
            <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 13 }}>
              {t('login.help')}
            </Typography.Paragraph>
          </Card>
        </div>
      </main>
    </div>
  );
}
