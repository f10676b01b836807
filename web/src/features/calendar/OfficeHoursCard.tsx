/** The ward's office hours and clock settings: edited by the ward's administrators, read by everyone else. */
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Radio, Space, Switch, TimePicker, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import type { CalendarSettings, OfficeInterval } from '../../../../src/modules/calendar/contracts.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useCalendarSettings, useUpdateSettings } from './queries.ts';

type Range = [Dayjs, Dayjs];
interface SettingsForm {
  weekday: { range: Range }[];
  saturday: { range: Range }[];
  saturdayReceiving: boolean;
  saturdayCountsAsProcessing: boolean;
  sameDayCutoff: Dayjs;
  supplementClock: CalendarSettings['supplementClock'];
}

const time = (hhmm: string) => dayjs(`2000-01-01T${hhmm === '24:00' ? '23:59' : hhmm}`);
const hhmm = (d: Dayjs) => d.format('HH:mm');
const toRanges = (list: OfficeInterval[]) => list.map((i) => ({ range: [time(i.start), time(i.end)] as Range }));
const toIntervals = (list: { range: Range }[] | undefined) =>
  (list ?? []).filter((r) => r?.range).map((r) => ({ start: hhmm(r.range[0]), end: hhmm(r.range[1]) }));

function toForm(s: CalendarSettings): SettingsForm {
  return {
    weekday: toRanges(s.officeHours.weekday),
    saturday: toRanges(s.officeHours.saturday),
    saturdayReceiving: s.saturdayReceiving,
    saturdayCountsAsProcessing: s.saturdayCountsAsProcessing,
    sameDayCutoff: time(s.sameDayCutoff),
    supplementClock: s.supplementClock,
  };
}

function Intervals({ name, label, min, disabled }: { name: string; label: string; min: number; disabled: boolean }) {
  const { t } = useI18n();
  return (
    <Form.Item label={label} required={min > 0}>
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <Space orientation="vertical" size={8} style={{ width: '100%' }}>
            {fields.map((f) => (
              <Space key={f.key} align="baseline">
                <Form.Item
                  name={[f.name, 'range']}
                  rules={[{ required: true, message: t('cal.intervalRequired') }]}
                  noStyle
                >
                  <TimePicker.RangePicker format="HH:mm" minuteStep={5} order needConfirm={false} />
                </Form.Item>
                {!disabled && fields.length > min ? (
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    onClick={() => remove(f.name)}
                    aria-label={t('cal.removeInterval')}
                  />
                ) : null}
              </Space>
            ))}
            {!disabled && fields.length < 6 ? (
              <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add()}>
                {t('cal.addInterval')}
              </Button>
            ) : null}
          </Space>
        )}
      </Form.List>
    </Form.Item>
  );
}

export function OfficeHoursCard({ canEdit }: { canEdit: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const settings = useCalendarSettings();
  const update = useUpdateSettings();
  const [form] = Form.useForm<SettingsForm>();
  const receiving = Form.useWatch('saturdayReceiving', form);

  useEffect(() => {
    if (settings.data) form.setFieldsValue(toForm(settings.data));
  }, [settings.data, form]);

  const onFinish = (v: SettingsForm) =>
    update.mutate(
      {
        officeHours: { weekday: toIntervals(v.weekday), saturday: toIntervals(v.saturday) },
        saturdayReceiving: v.saturdayReceiving,
        saturdayCountsAsProcessing: v.saturdayCountsAsProcessing,
        sameDayCutoff: hhmm(v.sameDayCutoff),
        supplementClock: v.supplementClock,
      },
      { onSuccess: () => message.success(t('common.saved')) },
    );

  return (
    <Card title={t('cal.hoursTitle')} loading={settings.isPending} data-testid="office-hours">
      {settings.isError ? <ErrorAlert error={settings.error} /> : null}
      {update.isError ? (
        <div style={{ marginBottom: 16 }}>
          <ErrorAlert error={update.error} />
        </div>
      ) : null}
      <Form<SettingsForm> form={form} name="hours" layout="vertical" onFinish={onFinish} disabled={!canEdit}>
        <Intervals name="weekday" label={t('cal.weekdayHours')} min={1} disabled={!canEdit} />
        <Form.Item name="saturdayReceiving" label={t('cal.saturdayReceiving')} valuePropName="checked">
          <Switch />
        </Form.Item>
        {receiving ? <Intervals name="saturday" label={t('cal.saturdayHours')} min={0} disabled={!canEdit} /> : null}
        <Form.Item
          name="saturdayCountsAsProcessing"
          label={t('cal.saturdayCounts')}
          valuePropName="checked"
          extra={t('cal.saturdayCountsHint')}
        >
          <Switch />
        </Form.Item>
        <Form.Item name="sameDayCutoff" label={t('cal.cutoff')} extra={t('cal.cutoffHint')}>
          <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} allowClear={false} />
        </Form.Item>
        <Form.Item name="supplementClock" label={t('cal.supplement')}>
          <Radio.Group>
            <Space orientation="vertical">
              <Radio value="restart">
                {t('cal.supplementRestart')}
                <Typography.Text type="secondary"> — {t('cal.supplementRestartHint')}</Typography.Text>
              </Radio>
              <Radio value="pause">
                {t('cal.supplementPause')}
                <Typography.Text type="secondary"> — {t('cal.supplementPauseHint')}</Typography.Text>
              </Radio>
            </Space>
          </Radio.Group>
        </Form.Item>
        {canEdit ? (
          <Button type="primary" htmlType="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        ) : null}
      </Form>
    </Card>
  );
}
