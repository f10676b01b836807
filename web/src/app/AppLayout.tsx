/** The console frame: a red header with the ward's name, a role-aware side menu, the page, a footer. */
import { DownOutlined, LogoutOutlined, MenuFoldOutlined, MenuUnfoldOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown, Layout, Menu, type MenuProps, Typography } from 'antd';
import { Suspense, useMemo, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import type { Me } from '../../../src/modules/identity/contracts.ts';
import { formatToday } from '../i18n/format.ts';
import { type Translate, useI18n } from '../i18n/I18nProvider.tsx';
import { EmblemMark } from '../ui/EmblemMark.tsx';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';
import { hasAnyRole, useCurrentUser, useLogout } from './auth.tsx';
import { PageSpin } from './guards.tsx';
import { NAV_ITEMS, type NavGroup, type NavItem } from './navigation.tsx';

const { Header, Sider, Content, Footer } = Layout;

type MenuItem = Required<MenuProps>['items'][number];

function menuItems(me: Me, t: Translate): MenuItem[] {
  const visible = NAV_ITEMS.filter((i) => i.group !== 'hidden' && hasAnyRole(me, i.roles));
  const entry = (i: NavItem): MenuItem => ({
    key: i.key,
    icon: i.icon,
    label: (
      <Link to={i.path} data-nav={i.key}>
        {t(i.label)}
      </Link>
    ),
  });
  const group = (g: NavGroup, label: string): MenuItem[] => {
    const items = visible.filter((i) => i.group === g).map(entry);
    return items.length ? [{ type: 'group', key: `group-${g}`, label, children: items }] : [];
  };
  return [
    ...visible.filter((i) => i.group === 'main').map(entry),
    ...group('work', t('nav.work')),
    ...group('admin', t('nav.admin')),
  ];
}

/** The page whose path is the longest prefix of the current location. */
function activeKey(pathname: string): string | undefined {
  let best: NavItem | undefined;
  for (const i of NAV_ITEMS) {
    const match = i.path === '/' ? pathname === '/' : pathname === i.path || pathname.startsWith(`${i.path}/`);
    if (match && (!best || i.path.length > best.path.length)) best = i;
  }
  return best?.key;
}

function initials(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  const last = words.at(-1) ?? '';
  return last.charAt(0).toUpperCase() || '?';
}

export function AppLayout() {
  const me = useCurrentUser();
  const { t, lang } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const logout = useLogout();
  const [collapsed, setCollapsed] = useState(false);
  const items = useMemo(() => menuItems(me, t), [me, t]);
  const selected = activeKey(location.pathname);
  const wardName = lang === 'en' ? me.ward.nameEn : me.ward.name;
  const primaryRole = me.roles[0];

  const userMenu: MenuProps = {
    items: [
      { key: 'account', icon: <UserOutlined />, label: t('nav.account') },
      { type: 'divider' },
      { key: 'logout', icon: <LogoutOutlined />, label: t('nav.logout'), danger: true },
    ],
    onClick: ({ key }) => {
      if (key === 'account') navigate('/account');
      if (key === 'logout') logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) });
    },
  };

  return (
    <Layout className="app-shell">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <Header className="app-header">
        <Link to="/" className="brand" aria-label={`${wardName} — ${t('app.center')}`}>
          <EmblemMark size={42} />
          <span className="brand-text">
            <span className="brand-ward" data-testid="ward-name">
              {wardName}
            </span>
            <span className="brand-center">{t('app.center')}</span>
          </span>
        </Link>
        <div className="header-right">
          <span className="header-date">{formatToday(new Date(), lang)}</span>
          <LanguageSwitch className="header-lang" />
          <Dropdown menu={userMenu} trigger={['click']} placement="bottomRight">
            <Button type="text" className="user-button" aria-label={t('nav.account')}>
              <Avatar size={30} className="user-avatar">
                {initials(me.fullName)}
              </Avatar>
              <span className="user-text">
                <span className="user-name">{me.fullName}</span>
                {primaryRole ? <span className="user-role">{t(`role.${primaryRole}`)}</span> : null}
              </span>
              <DownOutlined className="user-caret" />
            </Button>
          </Dropdown>
        </div>
      </Header>
      <Layout>
        <Sider
          className="app-sider"
          width={244}
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          breakpoint="lg"
          theme="light"
          trigger={null}
        >
          <nav aria-label={t('nav.menu')}>
            <Menu mode="inline" items={items} selectedKeys={selected ? [selected] : []} />
          </nav>
          <Button
            type="text"
            block
            className="sider-toggle"
            icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
            aria-label={collapsed ? t('nav.expand') : t('nav.collapse')}
            aria-expanded={!collapsed}
            onClick={() => setCollapsed(!collapsed)}
          />
        </Sider>
        <Layout className="app-main">
          <Content id="main" tabIndex={-1} className="app-content">
            <Suspense fallback={<PageSpin />}>
              <Outlet />
            </Suspense>
          </Content>
          <Footer className="app-footer">
            <Typography.Text type="secondary">
              {t('app.footer', { ward: wardName })} · {t('app.name')}
            </Typography.Text>
          </Footer>
        </Layout>
      </Layout>
    </Layout>
  );
}
