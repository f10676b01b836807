/** Active / revoked status and the confirm-then-revoke button shared by the tokens and devices pages. */
import { StopOutlined } from '@ant-design/icons';
import { App, Badge, Button, Popconfirm } from 'antd';
import { useI18n } from '../i18n/I18nProvider.tsx';

export function RevokedBadge({ revoked }: { revoked: boolean }) {
  const { t } = useI18n();
  return revoked ? (
    <Badge status="error" text={t('common.revoked')} />
  ) : (
    <Badge status="success" text={t('common.active')} />
  );
}

/** Asks to confirm, revokes, then says so. `name` is what the person sees in both messages. */
export function RevokeButton({ name, onRevoke }: { name: string; onRevoke: () => Promise<unknown> }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  return (
    <Popconfirm
      title={t('common.confirmRevoke', { name })}
      okText={t('common.revoke')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true }}
      onConfirm={() => onRevoke().then(() => message.success(`${t('common.revoked')}: ${name}`))}
    >
      <Button size="small" danger icon={<StopOutlined />}>
        {t('common.revoke')}
      </Button>
    </Popconfirm>
  );
}
