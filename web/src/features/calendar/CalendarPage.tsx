/**
 * The working calendar: a year of days off (holidays, compensatory, swapped, make-up Saturdays, the ward's own
 * days off), the year's entries, the ward's office hours and a deadline calculator. City administrators edit
 * the national schedule; ward administrators edit the ward's hours and days off; everyone else reads.
 */
import { ExclamationCircleOutlined, LeftOutlined, RightOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Row, Select, Space, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { hasAnyRole, useCurrentUser } from '../../app/auth.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { isWardEntry } from './calendar-model.ts';
import { DaysOffCard } from './DaysOffCard.tsx';
import { DeadlineCard } from './DeadlineCard.tsx';
import { ImportScheduleModal } from './ImportScheduleModal.tsx';
import { OfficeHoursCard } from './OfficeHoursCard.tsx';
import { useDaysOff, useHolidays } from './queries.ts';
import { ScheduleEntries } from './ScheduleEntries.tsx';
import { Legend, YearGrid } from './YearGrid.tsx';
import './calendar.css';

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
const thisYear = () =>
  Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format());

function useYear(): [number, (y: number) => void] {
  const [params, setParams] = useSearchParams();
  const raw = Number(params.get('year'));
  const year = Number.isInteger(raw) && raw >= MIN_YEAR && raw <= MAX_YEAR ? raw : thisYear();
  return [year, (y) => setParams(y === thisYear() ? {} : { year: String(y) }, { replace: true })];
}

export default function CalendarPage() {
  const me = useCurrentUser();
  const { t } = useI18n();
  const [year, setYear] = useYear();
  const [importing, setImporting] = useState(false);
  const holidays = useHolidays(year);
  const daysOff = useDaysOff(year);
  const wardAdmin = hasAnyRole(me, ['admin']);
  const cityAdmin = wardAdmin && me.cityAdmin;

  const all = holidays.data ?? [];
  const days = daysOff.data ?? [];
  const wardDates = useMemo(() => new Set<string>(days.map((d) => d.date)), [days]);
  const national = useMemo(() => all.filter((e) => !isWardEntry(e, wardDates)), [all, wardDates]);
  const provisional = national.some((e) => e.provisional);
  const offDays = national.filter((e) => e.enabled && e.kind !== 'makeup-workday').length;
  const makeup = national.filter((e) => e.enabled && e.kind === 'makeup-workday').length;
  const years = useMemo(() => {
    const now = thisYear();
    const list = Array.from({ length: 12 }, (_, i) => now - 3 + i);
    return list.includes(year) ? list : [...list, year].sort((a, b) => a - b);
  }, [year]);

  return (
    <>
      <PageHeader
        title={t('cal.title')}
        subtitle={t('cal.subtitle')}
        extra={
          <>
            <div className="cal-year-nav">
              <Button
                icon={<LeftOutlined />}
                onClick={() => setYear(Math.max(MIN_YEAR, year - 1))}
                aria-label={t('cal.prevYear')}
              />
              <Select<number>
                value={year}
                onChange={setYear}
                aria-label={t('cal.year')}
                data-testid="year-select"
                options={years.map((y) => ({ value: y, label: t('cal.yearLabel', { year: y }) }))}
              />
              <Button
                icon={<RightOutlined />}
                onClick={() => setYear(Math.min(MAX_YEAR, year + 1))}
                aria-label={t('cal.nextYear')}
              />
            </div>
            {cityAdmin ? (
              <Button type="primary" icon={<UploadOutlined />} onClick={() => setImporting(true)}>
                {t('cal.import')}
              </Button>
            ) : (
              <Tag style={{ alignSelf: 'center' }}>{t('common.readOnly')}</Tag>
            )}
          </>
        }
      />
      {holidays.isError ? <ErrorAlert error={holidays.error} /> : null}
      {provisional ? (
        <Alert
          className="cal-provisional"
          type="warning"
          showIcon
          icon={<ExclamationCircleOutlined />}
          data-testid="provisional-banner"
          title={t('cal.provisional')}
          description={t('cal.provisionalBody', { year })}
        />
      ) : null}
      <Card
        title={
          <Space size={10}>
            {t('cal.yearTitle', { year })}
            {provisional ? (
              <Tag color="gold">{t('cal.provisionalTag')}</Tag>
            ) : (
              <Tag color="green">{t('cal.announcedTag')}</Tag>
            )}
          </Space>
        }
        extra={<span className="cal-summary">{t('cal.summary', { off: offDays, makeup, ward: days.length })}</span>}
        loading={holidays.isPending}
        style={{ marginBottom: 20 }}
      >
        <Legend />
        <div style={{ height: 16 }} />
        <YearGrid year={year} entries={national} daysOff={days} />
      </Card>
      <Row gutter={[20, 20]}>
        <Col xs={24} xl={15}>
          <ScheduleEntries
            year={year}
            entries={national}
            loading={holidays.isFetching}
            canEdit={cityAdmin && !provisional}
          />
          {cityAdmin && provisional ? (
            <Alert style={{ marginTop: 12 }} type="info" showIcon title={t('cal.provisionalEditHint')} />
          ) : null}
        </Col>
        <Col xs={24} xl={9}>
          <Space orientation="vertical" size={20} style={{ width: '100%' }}>
            <DeadlineCard />
            <DaysOffCard year={year} days={days} loading={daysOff.isPending} canEdit={wardAdmin} />
            <OfficeHoursCard canEdit={wardAdmin} />
          </Space>
        </Col>
      </Row>
      {importing ? (
        <ImportScheduleModal
          year={year}
          entries={all}
          wardDates={wardDates}
          onClose={() => setImporting(false)}
          onImported={setYear}
        />
      ) : null}
    </>
  );
}
