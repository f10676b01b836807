/**
 * /queue: where the queue's screens are. The counter screen, the monitor and the staffing view live in the
 * console; the kiosk, display board, rating tablet and booking page are light pages for devices and citizens,
 * opened on their own screens with a device token (`/kiosk?token=…`, issued on the Devices screen).
 */
import {
  CalendarOutlined,
  DashboardOutlined,
  DesktopOutlined,
  LikeOutlined,
  LineChartOutlined,
  PrinterOutlined,
  SoundOutlined,
} from '@ant-design/icons';
import { Card, Col, Row, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { StaffRole } from '../../../../src/modules/identity/contracts.ts';
import { hasAnyRole, useCurrentUser } from '../../app/auth.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/vi.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { COUNTER_ROLES, MONITOR_ROLES } from './QueueRoutes.tsx';

interface Tile {
  key: string;
  to: string;
  title: MessageKey;
  desc: MessageKey;
  icon: ReactNode;
  roles: readonly StaffRole[] | 'all';
  /** A device page: opens in its own tab, outside the console. */
  device?: boolean;
}

const TILES: readonly Tile[] = [
  {
    key: 'counter',
    to: '/queue/counter',
    title: 'queue.hub.counter',
    desc: 'queue.hub.counterDesc',
    icon: <SoundOutlined />,
    roles: COUNTER_ROLES,
  },
  {
    key: 'monitor',
    to: '/queue/monitor',
    title: 'queue.hub.monitor',
    desc: 'queue.hub.monitorDesc',
    icon: <DashboardOutlined />,
    roles: MONITOR_ROLES,
  },
  {
    key: 'staffing',
    to: '/queue/staffing',
    title: 'queue.hub.staffing',
    desc: 'queue.hub.staffingDesc',
    icon: <LineChartOutlined />,
    roles: MONITOR_ROLES,
  },
  {
    key: 'kiosk',
    to: '/kiosk',
    title: 'queue.hub.kiosk',
    desc: 'queue.hub.kioskDesc',
    icon: <PrinterOutlined />,
    roles: 'all',
    device: true,
  },
  {
    key: 'display',
    to: '/display',
    title: 'queue.hub.display',
    desc: 'queue.hub.displayDesc',
    icon: <DesktopOutlined />,
    roles: 'all',
    device: true,
  },
  {
    key: 'rating',
    to: '/rating',
    title: 'queue.hub.rating',
    desc: 'queue.hub.ratingDesc',
    icon: <LikeOutlined />,
    roles: 'all',
    device: true,
  },
  {
    key: 'book',
    to: '/book',
    title: 'queue.hub.booking',
    desc: 'queue.hub.bookingDesc',
    icon: <CalendarOutlined />,
    roles: 'all',
    device: true,
  },
];

export default function QueueHubPage() {
  const { t } = useI18n();
  const me = useCurrentUser();
  return (
    <>
      <PageHeader title={t('nav.queue')} subtitle={t('desc.queue')} />
      <Row gutter={[16, 16]}>
        {TILES.filter((x) => hasAnyRole(me, x.roles)).map((x) => {
          const body = (
            <>
              <div className="tile-icon">{x.icon}</div>
              <div className="tile-title">{t(x.title)}</div>
              <div className="tile-desc">{t(x.desc)}</div>
            </>
          );
          return (
            <Col key={x.key} xs={24} sm={12} lg={8}>
              <Card className="module-tile" data-tile={x.key}>
                {x.device ? (
                  <a href={x.to} target="_blank" rel="noreferrer">
                    {body}
                  </a>
                ) : (
                  <Link to={x.to}>{body}</Link>
                )}
              </Card>
            </Col>
          );
        })}
      </Row>
      <Typography.Paragraph type="secondary" style={{ marginTop: 20 }}>
        {t('queue.hub.deviceHelp')}
      </Typography.Paragraph>
    </>
  );
}
