/** Close an item outside the planned flow: done elsewhere, cancelled (withdrawn) or transferred, with a note. */
import { App, Form, Input, Modal, Radio } from 'antd';
import type { BacklogItem, CloseItem } from '../../../../src/modules/backlog/contracts.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useCloseItem } from './queries.ts';

type Values = Pick<CloseItem, 'outcome' | 'note'>;

export function CloseItemModal({ item, onDone }: { item: BacklogItem; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const close = useCloseItem();
  return (
    <Modal
      open
      title={t('bl.close.title', { code: item.originalCode })}
      onCancel={onDone}
      okText={t('bl.close.ok')}
      cancelText={t('common.cancel')}
      okButtonProps={{ id: 'bl-close-ok', loading: close.isPending }}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ outcome: 'done' }}
        onFinish={(v) =>
          close.mutate(
            { id: item.id, body: { outcome: v.outcome, note: v.note?.trim() || undefined, version: item.version } },
            {
              onSuccess: () => {
                message.success(t('bl.close.done'));
                onDone();
              },
            },
          )
        }
      >
        <Form.Item name="outcome" label={t('bl.close.outcome')}>
          <Radio.Group
            options={[
              { value: 'done', label: t('bl.status.done') },
              { value: 'cancelled', label: t('bl.status.cancelled') },
              { value: 'transferred', label: t('bl.status.transferred') },
            ]}
          />
        </Form.Item>
        <Form.Item name="note" label={t('bl.close.note')}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
      {close.isError ? <ErrorAlert error={close.error} /> : null}
    </Modal>
  );
}
