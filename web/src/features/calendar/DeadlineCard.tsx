/** A small deadline calculator: received at (ward time) + a processing time → the due instant, from the server. */
import { CalculatorOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Form, InputNumber, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { weekdayName } from './calendar-model.ts';
import { type DueQuery, useDue } from './queries.ts';

interface DueForm {
  received: Dayjs;
  rule: DueQuery['rule'];
  amount: number;
}

/** The picker's wall-clock time read as ward time (UTC+7, no daylight saving). */
const wardIso = (d: Dayjs) => `${d.format('YYYY-MM-DDTHH:mm')}:00+07:00`;

export function DeadlineCard() {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<DueForm>();
  const [query, setQuery] = useState<DueQuery | null>(null);
  const rule = Form.useWatch('rule', form);
  const due = useDue(query);
  const r = due.data;

  return (
    <Card
      title={
        <Space>
          <CalculatorOutlined />
          {t('cal.dueTitle')}
        </Space>
      }
      data-testid="deadline-calculator"
    >
      <Form<DueForm>
        form={form}
        name="due"
        layout="vertical"
        initialValues={{ received: dayjs().second(0), rule: 'workingDays', amount: 5 }}
        onFinish={(v) => setQuery({ received: wardIso(v.received), rule: v.rule, amount: v.amount ?? 0 })}
      >
        <Form.Item name="received" label={t('cal.dueReceived')} rules={[{ required: true }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="DD/MM/YYYY HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label={t('cal.dueRule')} style={{ marginBottom: 12 }}>
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item name="rule" noStyle>
              <Select
                style={{ width: '62%' }}
                options={[
                  { value: 'workingDays', label: t('cal.dueWorkingDays') },
                  { value: 'workingHours', label: t('cal.dueWorkingHours') },
                  { value: 'sameDay', label: t('cal.dueSameDay') },
                ]}
              />
            </Form.Item>
            <Form.Item name="amount" noStyle>
              <InputNumber
                min={0}
                max={10000}
                step={rule === 'workingHours' ? 4 : 1}
                disabled={rule === 'sameDay'}
                style={{ width: '38%' }}
                aria-label={t('cal.dueAmount')}
              />
            </Form.Item>
          </Space.Compact>
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<CalculatorOutlined />} loading={due.isFetching}>
          {t('cal.dueCompute')}
        </Button>
      </Form>
      {due.isError ? (
        <div style={{ marginTop: 14 }}>
          <ErrorAlert error={due.error} />
        </div>
      ) : null}
      {r ? (
        <div className="cal-due-result" data-testid="due-result">
          <Typography.Text type="secondary">{t('cal.dueResult')}</Typography.Text>
          <div className="cal-due-date">
            {formatDateTime(r.due)}{' '}
            <Typography.Text type="secondary" style={{ fontSize: 14, fontWeight: 400 }}>
              ({weekdayName(r.due.slice(0, 10), lang)})
            </Typography.Text>
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t('cal.dueStarts', { at: formatDateTime(r.countingStartsAt) })}
            {r.workingHours !== null ? ` · ${t('cal.dueHours', { hours: r.workingHours })}` : ''}
          </Typography.Text>
          {r.provisional ? (
            <Alert
              style={{ marginTop: 10 }}
              type="warning"
              showIcon
              icon={<WarningOutlined />}
              title={t('cal.dueProvisional', { years: r.provisionalYears.join(', ') })}
            />
          ) : null}
        </div>
      ) : null}
    </Card>
  );
}
