/** The ward's own days off (local events) for the shown year: ward administrators add and remove them. */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Form, Input, Popconfirm, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { WardDayOff } from '../../../../src/modules/calendar/contracts.ts';
import { DATE_FORMAT } from '../../i18n/antd-locale.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { formatPlainDate, weekdayName } from './calendar-model.ts';
import { useAddDayOff, useRemoveDayOff } from './queries.ts';

interface DayOffForm {
  date: Dayjs;
  name: string;
}

export function DaysOffCard({
  year,
  days,
  loading,
  canEdit,
}: {
  year: number;
  days: readonly WardDayOff[];
  loading: boolean;
  canEdit: boolean;
}) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<DayOffForm>();
  const add = useAddDayOff();
  const remove = useRemoveDayOff();

  const onFinish = (v: DayOffForm) =>
    add.mutate(
      { date: v.date.format('YYYY-MM-DD'), name: v.name.trim() },
      {
        onSuccess: (d) => {
          message.success(t('cal.dayOffAdded', { date: formatPlainDate(d.date) }));
          form.resetFields();
        },
      },
    );

  return (
    <Card title={t('cal.daysOffTitle', { year })} data-testid="ward-days-off">
      {add.error || remove.error ? (
        <div style={{ marginBottom: 12 }}>
          <ErrorAlert error={add.error ?? remove.error} />
        </div>
      ) : null}
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('cal.daysOffHelp')}
      </Typography.Paragraph>
      {canEdit ? (
        <Form<DayOffForm> form={form} name="dayoff" layout="inline" onFinish={onFinish} style={{ marginBottom: 12 }}>
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item name="date" rules={[{ required: true, message: t('cal.date') }]} noStyle>
              <DatePicker
                format={DATE_FORMAT}
                placeholder={t('cal.date')}
                disabledDate={(d) => d.year() !== year}
                style={{ width: 150 }}
              />
            </Form.Item>
            <Form.Item name="name" rules={[{ required: true, whitespace: true, max: 200 }]} noStyle>
              <Input placeholder={t('cal.dayOffName')} aria-label={t('cal.dayOffName')} />
            </Form.Item>
            <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={add.isPending}>
              {t('cal.add')}
            </Button>
          </Space.Compact>
        </Form>
      ) : null}
      <Table<WardDayOff>
        rowKey="date"
        size="small"
        loading={loading}
        dataSource={[...days]}
        pagination={false}
        locale={{ emptyText: t('cal.noDaysOff') }}
        columns={[
          {
            title: t('cal.date'),
            dataIndex: 'date',
            width: 130,
            render: (d: string) => (
              <>
                <span className="mono">{formatPlainDate(d)}</span>
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {weekdayName(d, lang)}
                </Typography.Text>
              </>
            ),
          },
          { title: t('cal.name'), dataIndex: 'name' },
          ...(canEdit
            ? [
                {
                  title: '',
                  key: 'remove',
                  width: 48,
                  render: (_: unknown, d: WardDayOff) => (
                    <Popconfirm
                      title={t('cal.removeConfirm', { name: d.name, date: formatPlainDate(d.date) })}
                      okText={t('cal.remove')}
                      cancelText={t('common.cancel')}
                      okButtonProps={{ danger: true }}
                      onConfirm={() => remove.mutateAsync(d.date).then(() => message.success(t('cal.removed')))}
                    >
                      <Button
                        size="small"
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={`${t('cal.remove')} ${formatPlainDate(d.date)}`}
                      />
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
