/** API tokens: who or what each is issued to, when last used; create (secret shown once) and revoke. Admin only. */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import type { ApiToken } from '../../../../src/modules/identity/contracts.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { RevokeButton, RevokedBadge } from '../../ui/Revocable.tsx';
import { useDevices, useRevokeToken, useStaffList, useTokens } from './queries.ts';
import { TokenCreateModal } from './TokenCreateModal.tsx';

export default function TokensPage() {
  const { t } = useI18n();
  const tokens = useTokens();
  const devices = useDevices();
  const staff = useStaffList();
  const revoke = useRevokeToken();
  const [creating, setCreating] = useState(false);

  const holder = useMemo(() => {
    const d = new Map((devices.data ?? []).map((x) => [x.id, x.name]));
    const s = new Map((staff.data ?? []).map((x) => [x.id, x.fullName]));
    return (tk: ApiToken) =>
      tk.deviceId ? (
        <Flex wrap gap={6} align="center">
          <Tag color="purple">{t('tokens.kindDevice')}</Tag>
          <span className="mono">{d.get(tk.deviceId) ?? tk.deviceId}</span>
        </Flex>
      ) : tk.staffId ? (
        <Flex wrap gap={6} align="center">
          <Tag color="blue">{t('tokens.kindStaff')}</Tag>
          <span>{s.get(tk.staffId) ?? tk.staffId}</span>
        </Flex>
      ) : (
        '—'
      );
  }, [devices.data, staff.data, t]);

  return (
    <>
      <PageHeader
        title={t('tokens.title')}
        subtitle={t('tokens.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('tokens.add')}
          </Button>
        }
      />
      {tokens.isError ? <ErrorAlert error={tokens.error} /> : null}
      {revoke.isError ? <ErrorAlert error={revoke.error} /> : null}
      <Card>
        <Table<ApiToken>
          rowKey="id"
          size="middle"
          loading={tokens.isPending}
          dataSource={tokens.data ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (n) => t('common.total', { count: n }) }}
          columns={[
            { title: t('tokens.label'), dataIndex: 'label', render: (v: string) => <strong>{v}</strong> },
            {
              title: t('tokens.prefix'),
              dataIndex: 'prefix',
              render: (v: string) => <span className="mono">{v}…</span>,
            },
            { title: t('tokens.boundTo'), key: 'holder', render: (_, tk) => holder(tk) },
            { title: t('common.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
            {
              title: t('tokens.lastUsed'),
              dataIndex: 'lastUsedAt',
              render: (v: string | null) => (v ? formatDateTime(v) : t('tokens.never')),
            },
            { title: t('common.status'), dataIndex: 'revoked', render: (r: boolean) => <RevokedBadge revoked={r} /> },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 120,
              render: (_, tk) =>
                tk.revoked ? null : <RevokeButton name={tk.label} onRevoke={() => revoke.mutateAsync(tk.id)} />,
            },
          ]}
        />
      </Card>
      {creating ? <TokenCreateModal onClose={() => setCreating(false)} /> : null}
    </>
  );
}
