/**
 * /backlog/burndown: remaining competent items per week against the milestone line (total, or per source
 * unit, field or officer), the weekly net reduction (closed − discovered), and the forecast completion date
 * from the last four full weeks' throughput with its uncertainty band.
 */
import { Card, Col, Empty, Flex, Row, Segmented, Select, Statistic } from 'antd';
import { useMemo, useState } from 'react';
import { type Burndown, BurndownGroupBy } from '../../../../src/modules/backlog/contracts.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { formatPlainDate } from './backlog-format.ts';
import { burndownOption, weeklyOption } from './burndown-charts.ts';
import { EChart } from './EChart.tsx';
import { useBurndown, useStaff } from './queries.ts';

export default function BurndownPage() {
  const { t, lang } = useI18n();
  const [groupBy, setGroupBy] = useState<BurndownGroupBy>('total');
  const [groups, setGroups] = useState<string[]>([]);
  const burndown = useBurndown({ groupBy });
  const staff = useStaff(groupBy === 'officer');
  const b: Burndown | undefined = burndown.data;
  const nameOf = useMemo(() => {
    const names = new Map((staff.data ?? []).map((s) => [s.id, s.fullName]));
    return (g: string) =>
      g === 'total' ? t('bl.bd.total') : g === 'unassigned' ? t('bl.bd.unassigned') : (names.get(g) ?? g);
  }, [staff.data, t]);
  const shown = useMemo(
    () => (b ? b.series.filter((s) => groups.length === 0 || groups.includes(s.group)) : []),
    [b, groups],
  );
  const option = useMemo(() => (b ? burndownOption(b, shown, nameOf, (k) => t(k)) : null), [b, shown, nameOf, t]);
  const weekly = useMemo(() => (b ? weeklyOption(b, (k) => t(k)) : null), [b, t]);
  const f = b?.forecast;

  return (
    <div data-testid="burndown">
      <Card size="small" className="bl-filters">
        <Segmented<BurndownGroupBy>
          value={groupBy}
          onChange={(v) => {
            setGroupBy(v);
            setGroups([]);
          }}
          options={BurndownGroupBy.options.map((g) => ({ value: g, label: t(`bl.bd.by.${g}`) }))}
          data-testid="burndown-groupby"
        />
        {groupBy !== 'total' && b ? (
          <Select
            mode="multiple"
            allowClear
            placeholder={t('bl.bd.allGroups')}
            aria-label={t('bl.bd.groups')}
            value={groups}
            onChange={setGroups}
            options={b.series.map((s) => ({ value: s.group, label: nameOf(s.group) }))}
            style={{ minWidth: 320 }}
          />
        ) : null}
      </Card>
      {burndown.isError ? <ErrorAlert error={burndown.error} /> : null}
      {f ? (
        <Row gutter={16} className="bl-gap">
          <Col xs={12} lg={6}>
            <Card size="small">
              <div data-testid="bd-remaining" data-value={f.remaining}>
                <Statistic title={t('bl.bd.remaining')} value={f.remaining} />
              </div>
            </Card>
          </Col>
          <Col xs={12} lg={6}>
            <Card size="small">
              <Statistic
                title={t('bl.bd.throughput', { weeks: f.throughputPerWeek.weeks })}
                value={`${f.throughputPerWeek.mean.toLocaleString(lang)} ± ${f.throughputPerWeek.sd.toLocaleString(lang)}`}
              />
            </Card>
          </Col>
          <Col xs={12} lg={6}>
            <Card size="small">
              <Statistic
                title={t('bl.bd.expected')}
                value={f.expected ? formatPlainDate(f.expected) : t('bl.bd.noForecast')}
              />
            </Card>
          </Col>
          <Col xs={12} lg={6}>
            <Card size="small">
              <Statistic
                title={t('bl.bd.band')}
                value={
                  f.optimistic
                    ? `${formatPlainDate(f.optimistic)} – ${f.pessimistic ? formatPlainDate(f.pessimistic) : '∞'}`
                    : '—'
                }
              />
            </Card>
          </Col>
        </Row>
      ) : null}
      <Card className="bl-gap" title={t('bl.bd.chart')}>
        {option ? <EChart option={option} height={380} testId="burndown-chart" /> : null}
        {b && b.series.length === 0 ? <Empty description={t('bl.bd.empty')} /> : null}
      </Card>
      <Card className="bl-gap" title={t('bl.bd.weekly')}>
        {weekly ? <EChart option={weekly} height={240} testId="weekly-chart" /> : null}
        <Flex gap={16} className="bl-small" wrap>
          {b?.weekly.slice(-4).map((w) => (
            <span key={w.weekStart} data-week={w.weekStart}>
              {t('bl.bd.weekOf', { date: formatPlainDate(w.weekStart) })}: +{w.discovered} / −{w.closed} ={' '}
              {w.netReduction}
            </span>
          ))}
        </Flex>
      </Card>
    </div>
  );
}
