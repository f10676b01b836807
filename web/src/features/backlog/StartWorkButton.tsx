/**
 * "Start work": the API converts the item into a live dossier that keeps its original code and dates; the
 * dossier's page opens from the message. Until the dossiers side is wired the API answers
 * BACKLOG_CONVERSION_UNAVAILABLE, shown like any other error.
 */
import { PlayCircleOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Tooltip } from 'antd';
import { Link } from 'react-router-dom';
import type { BacklogItem } from '../../../../src/modules/backlog/contracts.ts';
import { errorMessage } from '../../app/api.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useStartWork } from './queries.ts';

/** `label`: with its text (the drawer); without, an icon with a tooltip (the table). */
export function StartWorkButton({ item, label }: { item: BacklogItem; label?: boolean }) {
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
      <Tooltip title={label ? undefined : t('bl.tri.start')}>
        <Button
          size="small"
          type="primary"
          ghost
          icon={<PlayCircleOutlined />}
          loading={start.isPending}
          aria-label={t('bl.tri.start')}
          data-action="start"
        >
          {label ? t('bl.tri.start') : null}
        </Button>
      </Tooltip>
    </Popconfirm>
  );
}
