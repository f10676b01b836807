/** The ticket at the counter: number, group, priority, times, and the actions its state allows. */
import { Alert, App, Button, Descriptions, Flex, Form, Input, Modal, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Counter, TicketAction, TicketActionRequest } from '../../../../src/modules/queue/contracts.ts';
import { errorMessage } from '../../app/api.ts';
import { priorityLabel, statusLabel } from '../../devices/labels.ts';
import { formatDateTime, formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useGroups, useTicket, useTicketAction } from './queries.ts';

/** The order of the buttons; only those in allowedActions show. */
const ORDER: readonly Exclude<TicketAction, 'call'>[] = [
  'start',
  'recall',
  'finish',
  'hold',
  'resume',
  'transfer',
  'no-show',
  'cancel',
];
const PRIMARY = new Set<TicketAction>(['start', 'finish', 'resume']);
const DANGER = new Set<TicketAction>(['no-show', 'cancel']);

export function CurrentTicket({ ticketId, counter }: { ticketId: string; counter: Counter }) {
  const { lang, t } = useI18n();
  const { message } = App.useApp();
  const ticket = useTicket(ticketId);
  const act = useTicketAction();
  const groups = useGroups();
  const [transfer, setTransfer] = useState(false);
  const [form] = Form.useForm<{ group: string; reason?: string }>();

  if (ticket.error) return <ErrorAlert error={ticket.error} />;
  const d = ticket.data;
  if (!d) return null;

  const g = groups.data?.find((x) => x.letter === d.group);
  const groupLabel = g ? `${g.letter} · ${lang === 'en' ? g.nameEn : g.name}` : d.group;
  const run = (action: TicketActionRequest) =>
    act.mutate(
      { id: d.id, action },
      {
        onSuccess: (res) =>
          message.success(t('queue.action.done', { number: res.number, status: t(statusLabel[res.status]) })),
        onError: (e) => message.error(errorMessage(e, lang)),
      },
    );
  const click = (a: Exclude<TicketAction, 'call'>) => {
    if (a === 'transfer') setTransfer(true);
    else run({ type: a } as TicketActionRequest);
  };

  return (
    <div className="q-current" data-testid="current-ticket">
      <Flex align="center" gap={20} wrap>
        <span className="q-current-number">{d.number}</span>
        <Flex vertical gap={4}>
          <Tag
            color={d.status === 'serving' ? 'blue' : d.status === 'called' ? 'gold' : 'default'}
            className="q-status"
          >
            {t(statusLabel[d.status])}
          </Tag>
          {d.priority ? <Tag color="volcano">★ {t(priorityLabel[d.priority])}</Tag> : null}
          {d.appointment ? <Tag color="cyan">{t('queue.appointment')}</Tag> : null}
        </Flex>
      </Flex>
      {d.status === 'called' && d.recalls > 0 ? (
        <Alert type="warning" showIcon title={t('queue.recalls', { n: d.recalls })} style={{ marginTop: 12 }} />
      ) : null}
      <Descriptions size="small" column={2} style={{ marginTop: 16 }}>
        <Descriptions.Item label={t('queue.group')}>{groupLabel}</Descriptions.Item>
        <Descriptions.Item label={t('queue.arrived')}>{formatDateTime(d.arrivedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('queue.waited')}>
          {t('queue.minutes', { n: formatNumber(d.waitMinutes, lang) })}
        </Descriptions.Item>
        <Descriptions.Item label={t('queue.served')}>
          {t('queue.minutes', { n: formatNumber(d.serviceMinutes, lang) })}
        </Descriptions.Item>
        {d.phone ? <Descriptions.Item label={t('queue.phone')}>{d.phone}</Descriptions.Item> : null}
      </Descriptions>
      <Flex gap={10} wrap className="q-actions">
        {ORDER.filter((a) => d.allowedActions.includes(a)).map((a) => (
          <Button
            key={a}
            size="large"
            type={PRIMARY.has(a) ? 'primary' : 'default'}
            danger={DANGER.has(a)}
            loading={act.isPending && act.variables?.action.type === a}
            onClick={() => click(a)}
            data-action={a}
          >
            {t(`queue.action.${a}`)}
          </Button>
        ))}
      </Flex>
      <Modal
        open={transfer}
        title={t('queue.transfer.title', { number: d.number })}
        okText={t('queue.action.transfer')}
        onCancel={() => setTransfer(false)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) => {
            setTransfer(false);
            run({ type: 'transfer', group: v.group, ...(v.reason ? { reason: v.reason } : {}) });
          }}
        >
          <Form.Item
            name="group"
            label={t('queue.group')}
            rules={[{ required: true, message: t('queue.transfer.pick') }]}
          >
            <Select
              options={(groups.data ?? [])
                .filter((g) => g.active && g.letter !== d.group)
                .map((g) => ({ value: g.letter, label: `${g.letter} · ${lang === 'en' ? g.nameEn : g.name}` }))}
            />
          </Form.Item>
          <Form.Item name="reason" label={t('queue.transfer.reason')}>
            <Input maxLength={500} />
          </Form.Item>
        </Form>
        <Typography.Text type="secondary">{t('queue.transfer.help', { n: counter.number })}</Typography.Text>
      </Modal>
    </div>
  );
}
