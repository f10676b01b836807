/** Add or edit one day of an announced year (city administrators). The server re-checks the whole year. */
import { App, DatePicker, Form, Input, Modal, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type HolidayEntry, HolidayKind } from '../../../../src/modules/calendar/contracts.ts';
import { DATE_FORMAT } from '../../i18n/antd-locale.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { KIND_LABEL } from './calendar-model.ts';
import { useUpsertEntry } from './queries.ts';
import { ScheduleProblems } from './ScheduleProblems.tsx';

interface EntryForm {
  date: Dayjs;
  kind: HolidayKind;
  name: string;
  nameEn?: string;
  enabled: boolean;
  replaces?: Dayjs | null;
  note?: string;
}

const trimmed = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);

export function EntryFormModal({
  year,
  entry,
  onClose,
}: {
  year: number;
  entry: HolidayEntry | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<EntryForm>();
  const upsert = useUpsertEntry();
  const kind = Form.useWatch('kind', form);
  const inYear = (d: Dayjs) => d.year() !== year;

  const onFinish = (v: EntryForm) =>
    upsert.mutate(
      {
        date: v.date.format('YYYY-MM-DD'),
        kind: v.kind,
        name: v.name.trim(),
        nameEn: trimmed(v.nameEn),
        enabled: v.enabled,
        replaces: v.kind === 'makeup-workday' && v.replaces ? v.replaces.format('YYYY-MM-DD') : undefined,
        note: trimmed(v.note),
      } as Parameters<typeof upsert.mutate>[0],
      {
        onSuccess: () => {
          message.success(t('common.saved'));
          onClose();
        },
      },
    );

  return (
    <Modal
      open
      title={entry ? t('cal.editEntry', { date: entry.date.split('-').reverse().join('/') }) : t('cal.addEntry')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={upsert.isPending}
      width={600}
      destroyOnHidden
      maskClosable={false}
    >
      <Form<EntryForm>
        form={form}
        name="entry"
        layout="vertical"
        onFinish={onFinish}
        requiredMark="optional"
        initialValues={
          entry
            ? {
                date: dayjs(entry.date),
                kind: entry.kind,
                name: entry.name,
                nameEn: entry.nameEn ?? '',
                enabled: entry.enabled,
                replaces: entry.replaces ? dayjs(entry.replaces) : null,
                note: entry.note ?? '',
              }
            : { kind: 'holiday', enabled: true, date: dayjs(`${year}-01-01`) }
        }
      >
        {upsert.isError ? (
          <div style={{ marginBottom: 16 }}>
            <ScheduleProblems error={upsert.error} />
          </div>
        ) : null}
        <div className="form-grid">
          <Form.Item name="date" label={t('cal.date')} rules={[{ required: true }]}>
            <DatePicker
              format={DATE_FORMAT}
              disabled={entry !== null}
              disabledDate={inYear}
              style={{ width: '100%' }}
            />
          </Form.Item>
          <Form.Item name="kind" label={t('cal.kind')} rules={[{ required: true }]}>
            <Select options={HolidayKind.options.map((k) => ({ value: k, label: t(KIND_LABEL[k]) }))} />
          </Form.Item>
          <Form.Item name="name" label={t('cal.nameVi')} rules={[{ required: true, max: 200 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="nameEn" label={t('cal.nameEn')} rules={[{ max: 200 }]}>
            <Input />
          </Form.Item>
        </div>
        {kind === 'makeup-workday' ? (
          <Form.Item
            name="replaces"
            label={t('cal.replaces')}
            extra={t('cal.replacesHint')}
            rules={[{ required: true }]}
          >
            <DatePicker format={DATE_FORMAT} disabledDate={inYear} style={{ width: '100%' }} />
          </Form.Item>
        ) : null}
        <Form.Item name="note" label={t('cal.note')} rules={[{ max: 500 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
        <Form.Item name="enabled" label={t('cal.applied')} valuePropName="checked" extra={t('cal.appliedHint')}>
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
