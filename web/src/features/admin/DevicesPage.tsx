/** Devices (kiosks, display boards, robots): register, issue a token, revoke. Admin only. */
import { KeyOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { type Device, type DeviceRole, DeviceRole as DeviceRoles } from '../../../../src/modules/identity/contracts.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { FormModal } from '../../ui/FormModal.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { RevokeButton, RevokedBadge } from '../../ui/Revocable.tsx';
import { RoleTag } from '../../ui/RoleTags.tsx';
import { useCreateDevice, useDevices, useRevokeDevice } from './queries.ts';
import { TokenCreateModal } from './TokenCreateModal.tsx';

interface DeviceForm {
  name: string;
  role: DeviceRole;
  location?: string;
}

export default function DevicesPage() {
  const { t } = useI18n();
  const devices = useDevices();
  const revoke = useRevokeDevice();
  const [creating, setCreating] = useState(false);
  const [tokenFor, setTokenFor] = useState<Device | null>(null);

  return (
    <>
      <PageHeader
        title={t('devices.title')}
        subtitle={t('devices.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('devices.add')}
          </Button>
        }
      />
      {devices.isError ? <ErrorAlert error={devices.error} /> : null}
      {revoke.isError ? <ErrorAlert error={revoke.error} /> : null}
      <Card>
        <Table<Device>
          rowKey="id"
          size="middle"
          loading={devices.isPending}
          dataSource={devices.data ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (n) => t('common.total', { count: n }) }}
          columns={[
            {
              title: t('devices.name'),
              dataIndex: 'name',
              render: (v: string) => <strong className="mono">{v}</strong>,
            },
            { title: t('devices.role'), dataIndex: 'role', render: (r: DeviceRole) => <RoleTag role={r} /> },
            { title: t('devices.location'), dataIndex: 'location', render: (v: string | null) => v ?? '—' },
            { title: t('common.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
            { title: t('common.status'), dataIndex: 'revoked', render: (r: boolean) => <RevokedBadge revoked={r} /> },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 220,
              render: (_, d) =>
                d.revoked ? null : (
                  <Space>
                    <Button size="small" icon={<KeyOutlined />} onClick={() => setTokenFor(d)}>
                      {t('devices.issueToken')}
                    </Button>
                    <RevokeButton name={d.name} onRevoke={() => revoke.mutateAsync(d.id)} />
                  </Space>
                ),
            },
          ]}
        />
      </Card>
      {creating ? <DeviceCreateModal onClose={() => setCreating(false)} /> : null}
      {tokenFor ? (
        <TokenCreateModal
          onClose={() => setTokenFor(null)}
          initial={{ kind: 'device', targetId: tokenFor.id, label: tokenFor.name }}
        />
      ) : null}
    </>
  );
}

function DeviceCreateModal({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<DeviceForm>();
  const create = useCreateDevice();
  const onFinish = (v: DeviceForm) =>
    create.mutate(
      { name: v.name.trim(), role: v.role, location: v.location?.trim() || null },
      {
        onSuccess: (d) => {
          message.success(t('devices.created', { name: d.name }));
          onClose();
        },
      },
    );
  return (
    <FormModal
      title={t('devices.add')}
      okText={t('common.create')}
      pending={create.isPending}
      error={create.error}
      onSubmit={() => form.submit()}
      onClose={onClose}
    >
      <Form<DeviceForm>
        form={form}
        name="device"
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ role: 'kiosk' }}
      >
        <Form.Item
          name="name"
          label={t('devices.name')}
          extra={t('devices.nameRule')}
          rules={[{ required: true, pattern: /^[a-z0-9][a-z0-9._-]{1,62}$/, message: t('devices.nameRule') }]}
        >
          <Input autoComplete="off" autoCapitalize="none" />
        </Form.Item>
        <Form.Item name="role" label={t('devices.role')} rules={[{ required: true }]}>
          <Select options={DeviceRoles.options.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
        </Form.Item>
        <Form.Item name="location" label={t('devices.location')} rules={[{ max: 200 }]}>
          <Input autoComplete="off" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
