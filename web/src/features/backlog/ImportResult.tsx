/** The last step: what the commit did (inserted, already there, rejected with the XLSX, likely duplicates). */
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Descriptions, Result } from 'antd';
import { useNavigate } from 'react-router-dom';
import type { ImportPreview, ImportSummary } from '../../../../src/modules/backlog/contracts.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { fileUrl } from './queries.ts';

export function ImportResult({
  preview,
  summary,
  onAgain,
}: {
  preview: ImportPreview;
  summary: ImportSummary | null;
  onAgain: () => void;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const nothingNew = !summary || summary.outcome === 'unchanged' || summary.inserted === 0;
  const actions = [
    <Button key="again" onClick={onAgain}>
      {t('bl.imp.another')}
    </Button>,
    <Button key="triage" type="primary" onClick={() => navigate('/backlog')}>
      {t('bl.imp.toTriage')}
    </Button>,
  ];
  if (!summary)
    return (
      <div data-testid="import-result" data-outcome="unchanged">
        <Result
          status="info"
          title={t('bl.imp.nothingNew')}
          subTitle={t('bl.imp.sameFile', { file: preview.fileName, source: preview.sourceUnit })}
          extra={actions}
        />
      </div>
    );
  return (
    <div data-testid="import-result" data-outcome={nothingNew ? 'unchanged' : 'imported'}>
      <Result
        status={nothingNew ? 'info' : summary.rejected > 0 ? 'warning' : 'success'}
        title={nothingNew ? t('bl.imp.nothingNew') : t('bl.imp.done', { n: summary.inserted })}
        subTitle={`${summary.fileName} · ${summary.sourceUnit}`}
        extra={actions}
      >
        <Descriptions bordered size="small" column={1} className="bl-summary">
          <Descriptions.Item label={t('bl.imp.rowsRead')}>{summary.rowsRead}</Descriptions.Item>
          <Descriptions.Item label={t('bl.imp.inserted')}>{summary.inserted}</Descriptions.Item>
          <Descriptions.Item label={t('bl.imp.alreadyPresent')}>{summary.alreadyPresent}</Descriptions.Item>
          <Descriptions.Item label={t('bl.imp.rejected')}>
            <span data-testid="rejected-count">{summary.rejected}</span>
            {summary.rejectsFileId ? (
              <Button
                type="link"
                icon={<DownloadOutlined />}
                href={fileUrl(summary.rejectsFileId)}
                data-testid="rejects-download"
              >
                {t('bl.imp.rejectsFile')}
              </Button>
            ) : null}
          </Descriptions.Item>
          <Descriptions.Item label={t('bl.imp.duplicates')}>{summary.likelyDuplicates}</Descriptions.Item>
          <Descriptions.Item label={t('bl.imp.time')}>{(summary.ms / 1000).toFixed(1)} s</Descriptions.Item>
        </Descriptions>
      </Result>
    </div>
  );
}
