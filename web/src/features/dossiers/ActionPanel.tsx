/**
 * The actions allowed now (the API lists them after checking status, role and assignment), each behind its own
 * small form. Every action names the version the officer saw; a 409 reloads the dossier and says why.
 */
import { App, Button, Card, Flex, Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import type { ActionType, DossierDetail } from '../../../../src/modules/dossiers/contracts.ts';
import { errorMessage, isApiError } from '../../app/api.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { ActionFields, type ActionValues, DANGER, toRequest } from './ActionFields.tsx';
import { actionKey } from './dossier-format.tsx';
import { useDossierAction } from './queries.ts';

/** The usual next step first (primary button), the rest after it. */
const PRIMARY: readonly ActionType[] = [
  'receive',
  'supplement-received',
  'assign',
  'submit-for-approval',
  'approve',
  'sign-and-number',
  'result-ready',
  'return-result',
  'consultation-received',
  'transfer',
];

export function ActionModal({
  d,
  type,
  onClose,
  onReload,
}: {
  d: DossierDetail;
  type: ActionType;
  onClose: () => void;
  onReload: () => void;
}) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ActionValues>();
  const act = useDossierAction(d.code);
  const label = t(actionKey(type));
  const submit = (v: ActionValues) =>
    act.mutate(toRequest(type, v, d.version), {
      onSuccess: () => {
        void message.success(t('dos.act.done', { action: label }));
        onClose();
      },
      onError: (e) => {
        if (!isApiError(e, 409)) return;
        onReload();
        onClose();
        void message.warning(e.code === 'VERSION_CONFLICT' ? t('dos.act.conflict') : errorMessage(e, lang), 6);
      },
    });
  return (
    <Modal
      open
      title={label}
      onCancel={onClose}
      okText={label}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: DANGER.includes(type), loading: act.isPending, id: 'dos-action-ok' }}
      onOk={() => form.submit()}
      destroyOnHidden
      width={560}
    >
      <Typography.Paragraph type="secondary">
        {t('dos.act.confirm', { action: label, code: d.code })}
      </Typography.Paragraph>
      <Form<ActionValues> form={form} layout="vertical" onFinish={submit} data-action={type}>
        <ActionFields type={type} d={d} />
      </Form>
      {act.error && !isApiError(act.error, 409) ? <ErrorAlert error={act.error} /> : null}
    </Modal>
  );
}

export function ActionPanel({ d, onReload }: { d: DossierDetail; onReload: () => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<ActionType | null>(null);
  const allowed = [...d.allowedActions].sort((a, b) => rank(a) - rank(b));
  const primary = allowed.find((a) => PRIMARY.includes(a));
  return (
    <Card title={t('dos.d.actions')} className="dos-actions" size="small">
      {allowed.length === 0 ? (
        <Typography.Text type="secondary">{t('dos.act.none')}</Typography.Text>
      ) : (
        <Flex vertical gap={8}>
          {allowed.map((a) => (
            <Button
              key={a}
              block
              type={a === primary ? 'primary' : 'default'}
              danger={DANGER.includes(a)}
              size={a === primary ? 'large' : 'middle'}
              data-action={a}
              onClick={() => setOpen(a)}
            >
              {t(actionKey(a))}
            </Button>
          ))}
        </Flex>
      )}
      {open ? <ActionModal d={d} type={open} onClose={() => setOpen(null)} onReload={onReload} /> : null}
    </Card>
  );
}

function rank(a: ActionType): number {
  const i = PRIMARY.indexOf(a);
  if (i >= 0) return i;
  return DANGER.includes(a) ? 100 : 50;
}
