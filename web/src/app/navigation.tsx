/**
 * The console's pages in one table: path, label, icon, who sees them, and the lazily loaded page.
 * The menu and the routes are both built from it, so a page hidden from a role is also refused by URL.
 */
import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  BookOutlined,
  CalendarOutlined,
  DashboardOutlined,
  FileAddOutlined,
  FileDoneOutlined,
  FileTextOutlined,
  HistoryOutlined,
  KeyOutlined,
  OrderedListOutlined,
  RobotOutlined,
  TabletOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { type ComponentType, type LazyExoticComponent, lazy, type ReactNode } from 'react';
import type { StaffRole } from '../../../src/modules/identity/contracts.ts';
import type { MessageKey } from '../i18n/vi.ts';

export type NavGroup = 'main' | 'work' | 'admin' | 'hidden';

export interface NavItem {
  key: string;
  path: string;
  label: MessageKey;
  icon: ReactNode;
  group: NavGroup;
  roles: readonly StaffRole[] | 'all';
  /** One line on what the page is for (home tiles, coming-soon pages). */
  description: MessageKey;
  /** Absent for a module not built yet: a coming-soon page stands in. */
  page?: LazyExoticComponent<ComponentType>;
}

const MANAGERS = ['admin', 'director', 'leader'] as const satisfies readonly StaffRole[];

export const NAV_ITEMS: readonly NavItem[] = [
  {
    key: 'home',
    path: '/',
    label: 'nav.home',
    description: 'home.intro',
    icon: <DashboardOutlined />,
    group: 'main',
    roles: 'all',
    page: lazy(() => import('../features/home/HomePage.tsx')),
  },
  {
    key: 'queue',
    path: '/queue',
    label: 'nav.queue',
    icon: <OrderedListOutlined />,
    group: 'work',
    roles: [...MANAGERS, 'receiver'],
    description: 'desc.queue',
    page: lazy(() => import('../features/queue/QueueHubPage.tsx')),
  },
  {
    // The counter screen, the live monitor and the staffing view (/queue/counter, /queue/monitor, /queue/staffing);
    // each checks its own roles (QueueRoutes.tsx), within the roles here.
    key: 'queue-pages',
    path: '/queue/*',
    label: 'nav.queue',
    icon: <OrderedListOutlined />,
    group: 'hidden',
    roles: [...MANAGERS, 'receiver'],
    description: 'desc.queue',
    page: lazy(() => import('../features/queue/QueueRoutes.tsx')),
  },
  {
    key: 'dossiers',
    path: '/dossiers',
    label: 'nav.dossiers',
    icon: <FileTextOutlined />,
    group: 'work',
    roles: [...MANAGERS, 'receiver', 'specialist', 'clerk', 'viewer'],
    description: 'desc.dossiers',
    page: lazy(() => import('../features/dossiers/QueuesPage.tsx')),
  },
  {
    key: 'dossier-intake',
    path: '/dossiers/new',
    label: 'dos.nav.intake',
    icon: <FileAddOutlined />,
    group: 'work',
    roles: ['receiver', 'advisor'],
    description: 'dos.nav.intakeDesc',
    page: lazy(() => import('../features/dossiers/IntakePage.tsx')),
  },
  {
    key: 'dossier-approval',
    path: '/dossiers/approval',
    label: 'dos.nav.approval',
    icon: <FileDoneOutlined />,
    group: 'work',
    roles: ['leader', 'director'],
    description: 'dos.nav.approvalDesc',
    page: lazy(() => import('../features/dossiers/ApprovalPage.tsx')),
  },
  {
    // One dossier (/dossiers/:code); its actions are checked again by the API (status, role, assignment).
    key: 'dossier-pages',
    path: '/dossiers/*',
    label: 'nav.dossiers',
    icon: <FileTextOutlined />,
    group: 'hidden',
    roles: [...MANAGERS, 'receiver', 'specialist', 'clerk', 'advisor', 'viewer'],
    description: 'desc.dossiers',
    page: lazy(() => import('../features/dossiers/DossierRoutes.tsx')),
  },
  {
    key: 'backlog',
    path: '/backlog',
    label: 'nav.backlog',
    icon: <HistoryOutlined />,
    group: 'work',
    roles: [...MANAGERS, 'specialist', 'clerk'],
    description: 'desc.backlog',
    page: lazy(() => import('../features/backlog/BacklogRoutes.tsx')),
  },
  {
    // The backlog's tabs (/backlog/import, /backlog/plan, /backlog/burndown, /backlog/transfers); each checks its roles.
    key: 'backlog-pages',
    path: '/backlog/*',
    label: 'nav.backlog',
    icon: <HistoryOutlined />,
    group: 'hidden',
    roles: [...MANAGERS, 'specialist', 'clerk'],
    description: 'desc.backlog',
    page: lazy(() => import('../features/backlog/BacklogRoutes.tsx')),
  },
  {
    key: 'catalog',
    path: '/catalog',
    label: 'nav.catalog',
    icon: <BookOutlined />,
    group: 'work',
    roles: 'all',
    description: 'desc.catalog',
    page: lazy(() => import('../features/catalog/CatalogListPage.tsx')),
  },
  {
    // A procedure, its edit form and the review queue (/catalog/:code, /catalog/:code/edit, /catalog/review).
    key: 'catalog-pages',
    path: '/catalog/*',
    label: 'nav.catalog',
    icon: <BookOutlined />,
    group: 'hidden',
    roles: 'all',
    description: 'desc.catalog',
    page: lazy(() => import('../features/catalog/CatalogRoutes.tsx')),
  },
  {
    key: 'calendar',
    path: '/calendar',
    label: 'nav.calendar',
    icon: <CalendarOutlined />,
    group: 'work',
    roles: 'all',
    description: 'desc.calendar',
    page: lazy(() => import('../features/calendar/CalendarPage.tsx')),
  },
  {
    key: 'assistant',
    path: '/assistant',
    label: 'nav.assistant',
    icon: <RobotOutlined />,
    group: 'work',
    roles: ['admin', 'director', 'leader', 'receiver', 'advisor'],
    description: 'desc.assistant',
    page: lazy(() => import('../features/assistant/AssistantPage.tsx')),
  },
  {
    key: 'reports',
    path: '/reports',
    label: 'nav.reports',
    icon: <BarChartOutlined />,
    group: 'work',
    roles: [...MANAGERS, 'viewer'],
    description: 'desc.reports',
  },
  {
    key: 'staff',
    path: '/admin/staff',
    label: 'nav.staff',
    description: 'staff.subtitle',
    icon: <TeamOutlined />,
    group: 'admin',
    roles: MANAGERS,
    page: lazy(() => import('../features/admin/StaffPage.tsx')),
  },
  {
    key: 'devices',
    path: '/admin/devices',
    label: 'nav.devices',
    description: 'devices.subtitle',
    icon: <TabletOutlined />,
    group: 'admin',
    roles: ['admin'],
    page: lazy(() => import('../features/admin/DevicesPage.tsx')),
  },
  {
    key: 'tokens',
    path: '/admin/tokens',
    label: 'nav.tokens',
    description: 'tokens.subtitle',
    icon: <KeyOutlined />,
    group: 'admin',
    roles: ['admin'],
    page: lazy(() => import('../features/admin/TokensPage.tsx')),
  },
  {
    key: 'ward',
    path: '/admin/ward',
    label: 'nav.ward',
    description: 'ward.subtitle',
    icon: <ApartmentOutlined />,
    group: 'admin',
    roles: MANAGERS,
    page: lazy(() => import('../features/admin/WardPage.tsx')),
  },
  {
    key: 'audit',
    path: '/admin/audit',
    label: 'nav.audit',
    description: 'audit.subtitle',
    icon: <AuditOutlined />,
    group: 'admin',
    roles: ['admin', 'director'],
    page: lazy(() => import('../features/admin/AuditPage.tsx')),
  },
  {
    key: 'account',
    path: '/account',
    label: 'nav.account',
    description: 'account.subtitle',
    icon: <UserOutlined />,
    group: 'hidden',
    roles: 'all',
    page: lazy(() => import('../features/account/AccountPage.tsx')),
  },
];
