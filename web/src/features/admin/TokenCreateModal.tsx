/** Issue an API token to a staff member or a device, then show its secret exactly once. */
import { KeyOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import { useState } from 'react';
import type { CreatedToken } from '../../../../src/modules/identity/contracts.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { FormModal } from '../../ui/FormModal.tsx';
import { useCreateToken, useDevices, useStaffList } from './queries.ts';

interface TokenForm {
  label: string;
  kind: 'device' | 'staff';
  targetId: string;
}

export function TokenCreateModal({ onClose, initial }: { onClose: () => void; initial?: Partial<TokenForm> }) {
  const { t } = useI18n();
  const [form] = Form.useForm<TokenForm>();
  const kind = Form.useWatch('kind', form) ?? initial?.kind ?? 'device';
  const devices = useDevices();
  const staff = useStaffList();
  const create = useCreateToken();
  const [created, setCreated] = useState<CreatedToken | null>(null);

  if (created) return <TokenSecretModal created={created} onClose={onClose} />;

  const onFinish = (v: TokenForm) => {
    const body =
      v.kind === 'device' ? { label: v.label, deviceId: v.targetId } : { label: v.label, staffId: v.targetId };
    create.mutate(body, { onSuccess: setCreated });
  };
  const options =
    kind === 'device'
      ? (devices.data ?? [])
          .filter((d) => !d.revoked)
          .map((d) => ({ value: d.id, label: `${d.name} (${t(`role.${d.role}`)})` }))
      : (staff.data ?? [])
          .filter((s) => s.active)
          .map((s) => ({ value: s.id, label: `${s.fullName} (${s.username})` }));

  return (
    <FormModal
      title={t('tokens.add')}
      okText={t('common.create')}
      pending={create.isPending}
      error={create.error}
      onSubmit={() => form.submit()}
      onClose={onClose}
    >
      <Form<TokenForm>
        form={form}
        name="token"
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ kind: 'device', ...initial }}
        onValuesChange={(changed: Partial<TokenForm>) => {
          if (changed.kind) form.setFieldValue('targetId', undefined);
        }}
      >
        <Form.Item name="label" label={t('tokens.label')} rules={[{ required: true, max: 200 }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="kind" label={t('tokens.boundTo')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'device', label: t('tokens.kindDevice') },
              { value: 'staff', label: t('tokens.kindStaff') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="targetId"
          label={kind === 'device' ? t('tokens.kindDevice') : t('tokens.kindStaff')}
          rules={[{ required: true }]}
        >
          <Select showSearch={{ optionFilterProp: 'label' }} options={options} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

export function TokenSecretModal({ created, onClose }: { created: CreatedToken; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Modal
      open
      title={
        <>
          <KeyOutlined /> {t('tokens.secretTitle')}
        </>
      }
      onCancel={onClose}
      closable={false}
      maskClosable={false}
      keyboard={false}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('tokens.done')}
        </Button>
      }
    >
      <Alert type="warning" showIcon title={t('tokens.secretWarn')} style={{ marginBottom: 16 }} />
      <Typography.Paragraph>
        <strong>{created.apiToken.label}</strong>
      </Typography.Paragraph>
      <Typography.Paragraph
        className="secret-box mono"
        data-testid="token-secret"
        copyable={{ text: created.token, tooltips: [t('tokens.copy'), t('tokens.copied')] }}
      >
        {created.token}
      </Typography.Paragraph>
    </Modal>
  );
}
