/** The queue report as XLSX: a day or the week containing it, per group, counter, officer and day. */
import { FileExcelOutlined } from '@ant-design/icons';
import { Button, DatePicker, Segmented } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';

export function reportXlsxUrl(period: 'day' | 'week', date: string): string {
  return `/api/queue/reports.xlsx?${new URLSearchParams({ period, date })}`;
}

export function ReportDownload() {
  const { t } = useI18n();
  const [period, setPeriod] = useState<'day' | 'week'>('day');
  const [date, setDate] = useState<Dayjs>(() => dayjs());
  const iso = date.format('YYYY-MM-DD');
  return (
    <>
      <Segmented<'day' | 'week'>
        aria-label={t('queue.report.period')}
        value={period}
        onChange={setPeriod}
        options={[
          { value: 'day', label: t('queue.report.day') },
          { value: 'week', label: t('queue.report.week') },
        ]}
      />
      <DatePicker
        aria-label={t('queue.report.date')}
        picker={period === 'week' ? 'week' : 'date'}
        format={period === 'week' ? undefined : 'DD/MM/YYYY'}
        value={date}
        allowClear={false}
        disabledDate={(d) => d.isAfter(dayjs(), 'day')}
        onChange={(d) => d && setDate(d)}
      />
      <Button icon={<FileExcelOutlined />} href={reportXlsxUrl(period, iso)} download data-testid="queue-report-xlsx">
        {t('queue.report.xlsx')}
      </Button>
    </>
  );
}
