/** The year's entries as a list: city administrators turn them on and off, edit and remove them. */
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { HolidayEntry } from '../../../../src/modules/calendar/contracts.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { entryName, formatPlainDate, KIND_LABEL, KIND_TAG, weekdayName } from './calendar-model.ts';
import { EntryFormModal } from './EntryFormModal.tsx';
import { useRemoveEntry, useToggleEntry } from './queries.ts';

interface Props {
  year: number;
  entries: readonly HolidayEntry[];
  loading: boolean;
  /** City administrator on a year with an announced schedule. */
  canEdit: boolean;
}

export function ScheduleEntries({ year, entries, loading, canEdit }: Props) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const toggle = useToggleEntry();
  const remove = useRemoveEntry();
  const [editing, setEditing] = useState<HolidayEntry | 'new' | null>(null);
  const error = toggle.error ?? remove.error;

  const onToggle = (e: HolidayEntry, enabled: boolean) =>
    toggle.mutate(
      { date: e.date, enabled },
      { onSuccess: () => message.success(t(enabled ? 'cal.entryEnabled' : 'cal.entryDisabled', { name: e.name })) },
    );

  return (
    <Card
      title={t('cal.entriesTitle', { year })}
      extra={
        canEdit ? (
          <Button icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('cal.addEntry')}
          </Button>
        ) : null
      }
    >
      {error ? (
        <div style={{ marginBottom: 12 }}>
          <ErrorAlert error={error} />
        </div>
      ) : null}
      <Table<HolidayEntry>
        rowKey={(e) => `${e.date}-${e.kind}-${e.name}`}
        size="small"
        loading={loading}
        dataSource={[...entries]}
        pagination={false}
        rowClassName={(e) => (e.enabled ? '' : 'cal-entry-off')}
        data-testid="schedule-entries"
        columns={[
          {
            title: t('cal.date'),
            dataIndex: 'date',
            width: 116,
            render: (d: string) => (
              <>
                <strong className="mono">{formatPlainDate(d)}</strong>
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {weekdayName(d, lang)}
                </Typography.Text>
              </>
            ),
          },
          {
            title: t('cal.name'),
            key: 'name',
            render: (_, e) => (
              <>
                <span className="cal-entry-name">{entryName(e, lang)}</span>
                {e.note ? (
                  <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: 0 }}>
                    {e.note}
                  </Typography.Paragraph>
                ) : null}
              </>
            ),
          },
          {
            title: t('cal.kind'),
            dataIndex: 'kind',
            width: 150,
            render: (k: HolidayEntry['kind']) => (
              <Tag color={KIND_TAG[k]} variant="outlined">
                {t(KIND_LABEL[k])}
              </Tag>
            ),
          },
          {
            title: t('cal.applied'),
            dataIndex: 'enabled',
            width: 84,
            align: 'center' as const,
            render: (on: boolean, e) => (
              <Switch
                size="small"
                checked={on}
                disabled={!canEdit}
                loading={toggle.isPending && toggle.variables?.date === e.date}
                onChange={(v) => onToggle(e, v)}
                aria-label={t('cal.toggleEntry', { name: e.name, date: formatPlainDate(e.date) })}
                data-date={e.date}
              />
            ),
          },
          ...(canEdit
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 80,
                  render: (_: unknown, e: HolidayEntry) => (
                    <Space size={4}>
                      <Button
                        size="small"
                        type="text"
                        icon={<EditOutlined />}
                        onClick={() => setEditing(e)}
                        aria-label={`${t('common.edit')} ${formatPlainDate(e.date)}`}
                      />
                      <Popconfirm
                        title={t('cal.removeConfirm', { name: e.name, date: formatPlainDate(e.date) })}
                        okText={t('cal.remove')}
                        cancelText={t('common.cancel')}
                        okButtonProps={{ danger: true }}
                        onConfirm={() => remove.mutateAsync(e.date).then(() => message.success(t('cal.removed')))}
                      >
                        <Button
                          size="small"
                          type="text"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label={`${t('cal.remove')} ${formatPlainDate(e.date)}`}
                        />
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing ? (
        <EntryFormModal year={year} entry={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
    </Card>
  );
}
