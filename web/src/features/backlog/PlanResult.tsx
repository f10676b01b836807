/** The active plan: feasible or not, each milestone's target beside what is planned, and what would fix a shortfall. */
import { Alert, Card, Col, Descriptions, Row, Table, Tag } from 'antd';
import type { BacklogPlan } from '../../../../src/modules/backlog/contracts.ts';
import { formatDateTime, formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { formatPlainDate } from './backlog-format.ts';

export function PlanResult({ plan }: { plan: BacklogPlan }) {
  const { t, lang } = useI18n();
  const r = plan.result;
  const bound = new Map(r.bounds.map((b) => [b.date, b.items]));
  const later = new Map(r.fixes.laterDates.map((l) => [l.date, l.earliest]));
  const shortfall = Object.entries(r.shortfallHours).map(([field, hours]) => ({
    field,
    hours,
    perDay: r.fixes.extraHoursPerDay[field] ?? 0,
  }));
  return (
    <Card className="bl-gap" title={t('bl.plan.result')} data-testid="plan-result" data-feasible={r.feasible}>
      <Alert
        type={r.feasible ? 'success' : 'warning'}
        showIcon
        className="bl-gap"
        title={r.feasible ? t('bl.plan.feasible') : t('bl.plan.infeasible')}
        description={t('bl.plan.meta', {
          start: formatPlainDate(plan.start),
          end: formatPlainDate(plan.horizonEnd),
          method: r.method === 'lp' ? 'HiGHS LP' : t('bl.plan.heuristic'),
          s: formatNumber(r.ms / 1000, lang),
          done: plan.fixedDone,
        })}
      />
      <Row gutter={16}>
        <Col xs={24} xl={shortfall.length > 0 ? 12 : 24}>
          <h3 className="bl-h3">{t('bl.plan.msTable')}</h3>
          <Table
            size="small"
            rowKey="date"
            pagination={false}
            dataSource={r.milestones}
            data-testid="plan-milestones"
            columns={[
              { title: t('bl.plan.msDate'), dataIndex: 'date', render: formatPlainDate },
              { title: t('bl.plan.target'), dataIndex: 'target', align: 'right' },
              {
                title: t('bl.plan.planned'),
                dataIndex: 'planned',
                align: 'right',
                render: (n: number) => formatNumber(n, lang),
              },
              {
                title: t('bl.plan.bound'),
                key: 'bound',
                align: 'right',
                render: (_, m) => formatNumber(bound.get(m.date), lang),
              },
              {
                title: '',
                key: 'met',
                render: (_, m) =>
                  m.planned >= m.target ? (
                    <Tag color="green">{t('bl.plan.met')}</Tag>
                  ) : (
                    <>
                      <Tag color="red">{t('bl.plan.missed', { n: Math.ceil(m.target - m.planned) })}</Tag>
                      {later.has(m.date) ? (
                        <div className="bl-small">
                          {later.get(m.date)
                            ? t('bl.plan.earliest', { date: formatPlainDate(later.get(m.date)) })
                            : t('bl.plan.never')}
                        </div>
                      ) : null}
                    </>
                  ),
              },
            ]}
          />
        </Col>
        {shortfall.length > 0 ? (
          <Col xs={24} xl={12}>
            <h3 className="bl-h3">{t('bl.plan.shortfall')}</h3>
            <Table
              size="small"
              rowKey="field"
              pagination={false}
              dataSource={shortfall}
              data-testid="plan-shortfall"
              columns={[
                { title: t('bl.col.field'), dataIndex: 'field' },
                {
                  title: t('bl.plan.shortHours'),
                  dataIndex: 'hours',
                  align: 'right',
                  render: (n: number) => formatNumber(n, lang),
                },
                {
                  title: t('bl.plan.fixPerDay'),
                  dataIndex: 'perDay',
                  align: 'right',
                  render: (n: number) => `+${formatNumber(n, lang)} h`,
                },
              ]}
            />
          </Col>
        ) : null}
      </Row>
      <Descriptions size="small" column={{ xs: 1, md: 3 }} className="bl-gap">
        <Descriptions.Item label={t('bl.plan.madeBy')}>
          {plan.createdBy} · {formatDateTime(plan.createdAt)}
        </Descriptions.Item>
        <Descriptions.Item label={t('bl.plan.priority')}>
          {plan.priority === 'oldest-first' ? t('bl.plan.oldest') : t('bl.plan.simplest')}
        </Descriptions.Item>
        <Descriptions.Item label={t('bl.plan.unscheduled')}>{r.unscheduled.length}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
