/**
 * The director's live monitor: per group the waiting count, longest wait, mean wait today, tickets served and
 * open counters; the counters open or idle; each officer's service and idle time today; and an alert with a
 * suggestion when a wait passes the threshold. Refreshes every 10 s. The day's or week's report downloads as XLSX.
 */
import { LineChartOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Row, Statistic, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { Monitor } from '../../../../src/modules/queue/contracts.ts';
import { formatDateTime, formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { useMonitor } from './queries.ts';
import { ReportDownload } from './ReportDownload.tsx';
import './queue.css';

const STATE_COLOR = { closed: 'default', idle: 'green', calling: 'gold', serving: 'blue' } as const;

export default function MonitorPage() {
  const { lang, t } = useI18n();
  const monitor = useMonitor();
  const m = monitor.data;
  const min = (n: number) => t('queue.minutes', { n: formatNumber(Math.round(n * 10) / 10, lang) });
  const totalWaiting = m?.groups.reduce((s, g) => s + g.waiting, 0) ?? 0;
  const open = m?.counters.filter((c) => c.state !== 'closed').length ?? 0;
  const idle = m?.counters.filter((c) => c.state === 'idle').length ?? 0;
  return (
    <>
      <PageHeader
        title={t('queue.monitor.title')}
        subtitle={m ? t('queue.monitor.subtitle', { at: formatDateTime(m.at), n: m.thresholdMinutes }) : null}
        extra={
          <>
            <Link to="/queue/staffing">
              <Button icon={<LineChartOutlined />} data-testid="staffing-link">
                {t('queue.hub.staffing')}
              </Button>
            </Link>
            <ReportDownload />
          </>
        }
      />
      {monitor.error ? <ErrorAlert error={monitor.error} /> : null}
      {m ? (
        <Flex vertical gap={20}>
          {m.alerts.map((a) => (
            <Alert
              key={a.group}
              type="error"
              showIcon
              icon={<WarningOutlined />}
              role="alert"
              data-testid="monitor-alert"
              title={t('queue.monitor.alert', {
                group: a.group,
                n: formatNumber(Math.round(a.longestWaitMinutes), lang),
              })}
              description={lang === 'en' ? a.suggestion.en : a.suggestion.vi}
            />
          ))}
          <Row gutter={[16, 16]}>
            <Col xs={12} md={6}>
              <Card className="q-stat">
                <Statistic title={t('queue.monitor.waiting')} value={totalWaiting} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card className="q-stat">
                <Statistic title={t('queue.monitor.served')} value={m.groups.reduce((s, g) => s + g.servedToday, 0)} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card className="q-stat">
                <Statistic title={t('queue.monitor.countersOpen')} value={open} suffix={`/ ${m.counters.length}`} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card className="q-stat">
                <Statistic title={t('queue.monitor.countersIdle')} value={idle} />
              </Card>
            </Col>
          </Row>
          <Card title={t('queue.monitor.byGroup')}>
            <Table<Monitor['groups'][number]>
              rowKey="group"
              size="middle"
              pagination={false}
              dataSource={m.groups}
              rowClassName={(g) => (g.longestWaitMinutes >= m.thresholdMinutes ? 'q-row-alert' : '')}
              columns={[
                { title: t('queue.group'), key: 'g', render: (_, g) => <strong>{`${g.group} · ${g.name}`}</strong> },
                { title: t('queue.monitor.waiting'), dataIndex: 'waiting', align: 'right' },
                {
                  title: t('queue.monitor.longest'),
                  key: 'l',
                  align: 'right',
                  render: (_, g) => min(g.longestWaitMinutes),
                },
                {
                  title: t('queue.monitor.meanToday'),
                  key: 'm',
                  align: 'right',
                  render: (_, g) => min(g.meanWaitTodayMinutes),
                },
                { title: t('queue.monitor.servedToday'), dataIndex: 'servedToday', align: 'right' },
                { title: t('queue.monitor.openCounters'), dataIndex: 'openCounters', align: 'right' },
              ]}
            />
          </Card>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={10}>
              <Card title={t('queue.monitor.counters')}>
                <div className="q-counter-grid">
                  {m.counters.map((c) => (
                    <div key={c.number} className={`q-counter-cell q-state-${c.state}`}>
                      <strong>{t('queue.counter.number', { n: c.number })}</strong>
                      <Tag color={STATE_COLOR[c.state]}>{t(`queue.state.${c.state}`)}</Tag>
                      <Typography.Text type="secondary" ellipsis>
                        {c.staffName ?? '—'}
                      </Typography.Text>
                    </div>
                  ))}
                </div>
              </Card>
            </Col>
            <Col xs={24} lg={14}>
              <Card title={t('queue.monitor.officers')}>
                <Table<Monitor['officers'][number]>
                  rowKey="staffId"
                  size="middle"
                  pagination={false}
                  dataSource={m.officers}
                  locale={{ emptyText: t('queue.monitor.noOfficers') }}
                  columns={[
                    { title: t('queue.monitor.officer'), dataIndex: 'staffName' },
                    { title: t('queue.monitor.servedToday'), dataIndex: 'served', align: 'right' },
                    {
                      title: t('queue.monitor.serviceTime'),
                      key: 's',
                      align: 'right',
                      render: (_, o) => min(o.serviceMinutes),
                    },
                    {
                      title: t('queue.monitor.idleTime'),
                      key: 'i',
                      align: 'right',
                      render: (_, o) => min(o.idleMinutes),
                    },
                  ]}
                />
              </Card>
            </Col>
          </Row>
        </Flex>
      ) : (
        <Card loading />
      )}
    </>
  );
}
