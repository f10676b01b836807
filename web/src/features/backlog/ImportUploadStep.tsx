/** The first step: the predecessor unit's name and the file, uploaded with a progress bar. */
import { InboxOutlined } from '@ant-design/icons';
import { Alert, AutoComplete, Button, Form, Progress, Upload } from 'antd';
import { useState } from 'react';
import type { ImportPreview } from '../../../../src/modules/backlog/contracts.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useFacets } from './queries.ts';
import { uploadBacklogFile } from './upload.ts';

export function ImportUploadStep({ onPreview }: { onPreview: (p: ImportPreview) => void }) {
  const { t } = useI18n();
  const facets = useFacets();
  const [source, setSource] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [fraction, setFraction] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  // Units imported before are offered again (the same name keeps re-imports idempotent); any name can be typed.
  const sources = facets.data?.sources.map((s) => s.value) ?? [];

  const send = async () => {
    if (!file || !source.trim()) return;
    setError(null);
    setFraction(0);
    try {
      onPreview(await uploadBacklogFile(file, source.trim(), setFraction));
    } catch (e) {
      setError(e);
    } finally {
      setFraction(null);
    }
  };

  return (
    <Form layout="vertical" className="bl-upload" onFinish={send}>
      <Alert type="info" showIcon title={t('bl.imp.uploadHint')} className="bl-gap" />
      <Form.Item label={t('bl.imp.source')} required>
        <AutoComplete
          id="bl-source"
          value={source}
          onChange={setSource}
          options={sources.map((s) => ({ value: s }))}
          placeholder={t('bl.imp.sourcePlaceholder')}
          filterOption={(input, o) => (o?.value ?? '').toLowerCase().includes(input.toLowerCase())}
        />
      </Form.Item>
      <Form.Item label={t('bl.imp.file')} required>
        <Upload.Dragger
          accept=".csv,.xlsx"
          maxCount={1}
          beforeUpload={(f) => {
            setFile(f);
            return false;
          }}
          onRemove={() => setFile(null)}
          fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
          data-testid="bl-file"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('bl.imp.drop')}</p>
          <p className="ant-upload-hint">{t('bl.imp.dropHint')}</p>
        </Upload.Dragger>
      </Form.Item>
      {fraction !== null ? (
        <div data-testid="upload-progress">
          <Progress percent={Math.round(fraction * 100)} status="active" />
          <span className="bl-muted">{fraction < 1 ? t('bl.imp.uploading') : t('bl.imp.reading')}</span>
        </div>
      ) : null}
      {error ? <ErrorAlert error={error} /> : null}
      <Button
        type="primary"
        htmlType="submit"
        data-testid="upload-submit"
        disabled={!file || !source.trim()}
        loading={fraction !== null}
      >
        {t('bl.imp.upload')}
      </Button>
    </Form>
  );
}
