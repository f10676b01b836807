/**
 * /queue/staffing: how many counters to open in each hour of the week, from the ward's own arrivals over the last
 * 1, 4, 8 or 12 weeks (Erlang C against the ward's service target). A heatmap by weekday and hour, the weekly
 * totals and the peak hours; an empty state when there is no history yet. For the monitor's roles.
 */
import { Card, Col, Empty, Flex, Row, Segmented, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { WEEKDAY_LONG } from '../calendar/calendar-model.ts';
import { useStaffing } from './queries.ts';
import { StaffingHeatmap } from './StaffingHeatmap.tsx';
import {
  hourSpan,
  peakHours,
  type StaffingHour,
  staffingTotals,
  WEEK_CHOICES,
  type WeekChoice,
  weekRow,
} from './staffing-model.ts';
import './queue.css';

export default function StaffingPage() {
  const { t, lang } = useI18n();
  const [weeks, setWeeks] = useState<WeekChoice>(4);
  const staffing = useStaffing(weeks);
  const s = staffing.data;
  const num = (n: number) => formatNumber(n, lang);
  const percent = (share: number) => t('queue.staffing.percent', { n: num(Math.round(share * 100)) });
  const span = (n: number) => (n === 1 ? t('queue.staffing.oneWeek') : t('queue.staffing.nWeeks', { n }));
  const totals = s ? staffingTotals(s.hours) : null;
  return (
    <>
      <PageHeader
        title={t('queue.staffing.title')}
        subtitle={t('queue.staffing.subtitle')}
        extra={
          <Segmented<WeekChoice>
            aria-label={t('queue.staffing.weeks')}
            data-testid="staffing-weeks"
            value={weeks}
            onChange={setWeeks}
            options={WEEK_CHOICES.map((n) => ({ value: n, label: span(n) }))}
          />
        }
      />
      {staffing.error ? <ErrorAlert error={staffing.error} /> : null}
      {s && totals ? (
        <Flex vertical gap={20} style={{ opacity: staffing.isPlaceholderData ? 0.6 : 1 }}>
          <Typography.Text strong data-testid="staffing-summary">
            {t('queue.staffing.summary', {
              span: span(s.weeks),
              min: num(s.serviceMinutes),
              p: t('queue.staffing.percent', { n: s.targetPercent }),
              m: s.targetMinutes,
            })}
          </Typography.Text>
          {s.hours.length === 0 ? (
            <Card>
              <Empty
                data-testid="staffing-empty"
                description={
                  <>
                    <strong>{t('queue.staffing.empty', { span: span(s.weeks) })}</strong>
                    <br />
                    <Typography.Text type="secondary">{t('queue.staffing.emptyHint')}</Typography.Text>
                  </>
                }
              />
            </Card>
          ) : (
            <>
              <Row gutter={[16, 16]}>
                <Col xs={24} md={8}>
                  <Card className="q-stat">
                    <Statistic title={t('queue.staffing.peakCounters')} value={totals.peakCounters} />
                  </Card>
                </Col>
                <Col xs={24} md={8}>
                  <Card className="q-stat">
                    <Statistic title={t('queue.staffing.arrivalsPerWeek')} value={num(totals.arrivalsPerWeek)} />
                  </Card>
                </Col>
                <Col xs={24} md={8}>
                  <Card className="q-stat">
                    <Statistic title={t('queue.staffing.counterHours')} value={totals.counterHours} />
                  </Card>
                </Col>
              </Row>
              <Card title={t('queue.staffing.heatmap')}>
                <StaffingHeatmap hours={s.hours} targetMinutes={s.targetMinutes} />
                <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                  {t('queue.staffing.heatmapHint')}
                </Typography.Paragraph>
              </Card>
              <Card title={t('queue.staffing.peaks')}>
                <Table<StaffingHour>
                  data-testid="staffing-peaks"
                  rowKey={(h) => `${h.dayOfWeek}-${h.hour}`}
                  size="middle"
                  pagination={false}
                  dataSource={peakHours(s.hours)}
                  columns={[
                    {
                      title: t('queue.staffing.when'),
                      key: 'when',
                      render: (_, h) => (
                        <strong>{`${WEEKDAY_LONG[lang][weekRow(h.dayOfWeek)]}, ${hourSpan(h.hour)}`}</strong>
                      ),
                    },
                    {
                      title: t('queue.staffing.arrivals'),
                      key: 'a',
                      align: 'right',
                      render: (_, h) => num(Math.round(h.arrivalsPerHour * 10) / 10),
                    },
                    { title: t('queue.staffing.counters'), dataIndex: 'counters', align: 'right' },
                    {
                      title: t('queue.staffing.serviceLevel', { m: s.targetMinutes }),
                      key: 'l',
                      align: 'right',
                      render: (_, h) => percent(h.serviceLevel),
                    },
                    {
                      title: t('queue.staffing.meanWait'),
                      key: 'w',
                      align: 'right',
                      render: (_, h) => t('queue.minutes', { n: num(h.meanWaitMinutes) }),
                    },
                  ]}
                />
              </Card>
            </>
          )}
        </Flex>
      ) : staffing.error ? null : (
        <Card loading />
      )}
    </>
  );
}
