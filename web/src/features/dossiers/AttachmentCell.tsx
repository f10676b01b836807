/**
 * The file of one document line: name, size and SHA-256 (the server checks it on every download) with a
 * download link, and an upload (or replacement) for officers who may act on the dossier.
 */
import { DownloadOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Tooltip, Typography, Upload } from 'antd';
import type { DossierDetail, DossierDocument } from '../../../../src/modules/dossiers/contracts.ts';
import { errorMessage } from '../../app/api.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { fileUrl, useAttachFile } from './queries.ts';

const ACCEPT = '.pdf,.jpg,.jpeg,.png,.docx,.xlsx';
const sizeText = (n: number) => (n >= 1_048_576 ? `${(n / 1_048_576).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`);

export function AttachmentCell({ d, doc, canAttach }: { d: DossierDetail; doc: DossierDocument; canAttach: boolean }) {
  const { t, lang } = useI18n();
  const attach = useAttachFile(d.code);
  const busy = attach.isPending && attach.variables?.position === doc.position;
  const failed = attach.isError && attach.variables?.position === doc.position;
  const upload = canAttach ? (
    <Upload
      accept={ACCEPT}
      showUploadList={false}
      beforeUpload={(file) => {
        attach.mutate({ position: doc.position, file });
        return false;
      }}
    >
      <Button size="small" icon={<UploadOutlined />} loading={busy} data-upload={doc.position}>
        {doc.file ? t('dos.att.replace') : t('dos.att.upload')}
      </Button>
    </Upload>
  ) : null;
  return (
    <Flex vertical gap={4}>
      {doc.file ? (
        <div className="dos-file" data-file={doc.position}>
          <a href={fileUrl(doc.file.id)} className="dos-file-name">
            <PaperClipOutlined /> {doc.file.name} <DownloadOutlined />
          </a>
          <Typography.Text type="secondary" className="dos-file-meta">
            {sizeText(doc.file.size)} ·{' '}
            <Tooltip title={doc.file.sha256}>
              <span className="mono" data-sha256={doc.file.sha256}>
                SHA-256 {doc.file.sha256.slice(0, 16)}…
              </span>
            </Tooltip>
          </Typography.Text>
        </div>
      ) : (
        <Typography.Text type="secondary">{t('dos.att.none')}</Typography.Text>
      )}
      {upload}
      {failed ? <Typography.Text type="danger">{errorMessage(attach.error, lang)}</Typography.Text> : null}
    </Flex>
  );
}
