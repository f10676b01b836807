/**
 * "Start work": the API converts the item into a live dossier that keeps its original code and dates; the
 * dossier's page opens from the message. Until the dossiers side is wired the API answers
 * BACKLOG_CONVERSION_UNAVAILABLE, shown like any other error.
 */
import { PlayCircleOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm } from 'antd';
import { Link } from 'react-router-dom';
import type { BacklogItem } from '../../../../src/modules/backlog/contracts.ts';
import { errorMessage } from '../../app/api.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useStartWork } from './queries.ts';

export function StartWorkButton({ item, block }: { item: BacklogItem; block?: boolean }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const start = useStartWork();
  return (
    <Popconfirm
      title={t('bl.start.confirm', { code: item.originalCode })}
      description={t('bl.start.explain')}
      okText={t('bl.start.ok')}
      cancelText={t('common.cancel')}
      okButtonProps={{ id: 'bl-start-ok' }}
      onConfirm={() =>
        start.mutateAsync({ id: item.id, version: item.version }).then(
          (r) => {
            message.success({
              content: (
                <span data-testid="start-done">
                  {t('bl.start.done')}{' '}
                  <Link to={`/dossiers/${encodeURIComponent(r.dossierCode)}`}>{r.dossierCode}</Link>
                </span>
              ),
              duration: 6,
            });
          },
          (e: unknown) => {
            message.error({ content: <span data-testid="start-error">{errorMessage(e, lang)}</span>, duration: 8 });
          },
        )
      }
    >
      <Button
        size="small"
        type="primary"
        ghost
        block={block}
        icon={<PlayCircleOutlined />}
        loading={start.isPending}
        data-action="start"
      >
        {t('bl.tri.start')}
      </Button>
    </Popconfirm>
  );
}
