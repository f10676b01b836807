/**
 * Import a whole year's announced schedule from a JSON file (city administrators). The file replaces the year
 * in one transaction or is refused as a whole; a refusal lists every problem with the line of its entry.
 */
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Modal, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { HolidayEntry, YearScheduleInput } from '../../../../src/modules/calendar/contracts.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { isWardEntry } from './calendar-model.ts';
import { useImportSchedule } from './queries.ts';
import { ScheduleProblems } from './ScheduleProblems.tsx';

interface Loaded {
  fileName: string;
  text: string;
  data: YearScheduleInput | null;
  parseError: string | null;
}

function parse(fileName: string, text: string): Loaded {
  try {
    return { fileName, text, data: JSON.parse(text) as YearScheduleInput, parseError: null };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(msg)?.[1];
    const line = pos === undefined ? null : text.slice(0, Number(pos)).split('\n').length;
    return { fileName, text, data: null, parseError: line ? `${msg} (line ${line})` : msg };
  }
}

/** The shown year as a file to start from (e.g. the computed defaults of a provisional year). */
function downloadTemplate(year: number, entries: readonly HolidayEntry[], wardDates: ReadonlySet<string>) {
  const file: YearScheduleInput = {
    year,
    source: `Lịch nghỉ lễ, Tết năm ${year} (khu vực công)`,
    entries: entries
      .filter((e) => !isWardEntry(e, wardDates))
      .map((e) => ({
        date: e.date,
        kind: e.kind,
        name: e.name,
        ...(e.nameEn ? { nameEn: e.nameEn } : {}),
        ...(e.enabled ? {} : { enabled: false }),
        ...(e.replaces ? { replaces: e.replaces } : {}),
        ...(e.note ? { note: e.note } : {}),
      })),
  };
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${year}.json`;
  a.click();
  URL.revokeObjectURL(url);
}

interface Props {
  year: number;
  entries: readonly HolidayEntry[];
  wardDates: ReadonlySet<string>;
  onClose: () => void;
  onImported: (year: number) => void;
}

export function ImportScheduleModal({ year, entries, wardDates, onClose, onImported }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const importYear = useImportSchedule();

  const submit = () => {
    if (!loaded?.data) return;
    importYear.mutate(loaded.data, {
      onSuccess: (r) => {
        const result = r as { year: number; entries: number };
        message.success(t('cal.imported', { year: result.year, count: result.entries }));
        onImported(result.year);
        onClose();
      },
    });
  };

  return (
    <Modal
      open
      title={t('cal.importTitle')}
      onCancel={onClose}
      onOk={submit}
      okText={t('cal.importSubmit')}
      okButtonProps={{ disabled: !loaded?.data }}
      cancelText={t('common.cancel')}
      confirmLoading={importYear.isPending}
      width={680}
      destroyOnHidden
      maskClosable={false}
    >
      <Typography.Paragraph type="secondary">{t('cal.importHelp')}</Typography.Paragraph>
      <Upload.Dragger
        accept=".json,application/json"
        maxCount={1}
        showUploadList={false}
        beforeUpload={(file) => {
          importYear.reset();
          void file.text().then((text) => setLoaded(parse(file.name, text)));
          return false;
        }}
        data-testid="schedule-upload"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('cal.importDrop')}</p>
        <p className="ant-upload-hint">{t('cal.importHint')}</p>
      </Upload.Dragger>
      {loaded ? (
        <div style={{ marginTop: 14 }}>
          {loaded.parseError ? (
            <Alert type="error" showIcon title={t('cal.importNotJson')} description={loaded.parseError} />
          ) : (
            <Descriptions size="small" bordered column={3}>
              <Descriptions.Item label={t('cal.importFile')}>{loaded.fileName}</Descriptions.Item>
              <Descriptions.Item label={t('cal.year')}>{String(loaded.data?.year ?? '—')}</Descriptions.Item>
              <Descriptions.Item label={t('cal.importEntries')}>
                {Array.isArray(loaded.data?.entries) ? loaded.data.entries.length : '—'}
              </Descriptions.Item>
            </Descriptions>
          )}
        </div>
      ) : null}
      {importYear.isError ? (
        <div style={{ marginTop: 14 }}>
          <ScheduleProblems error={importYear.error} text={loaded?.text} />
        </div>
      ) : null}
      <Button
        type="link"
        icon={<DownloadOutlined />}
        style={{ paddingInline: 0, marginTop: 10 }}
        onClick={() => downloadTemplate(year, entries, wardDates)}
      >
        {t('cal.importTemplate', { year })}
      </Button>
    </Modal>
  );
}
