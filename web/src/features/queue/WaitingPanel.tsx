/** Who is waiting for this counter's groups (in calling order), and the tickets on hold that can resume. */
import { App, Badge, Button, Card, Empty, Flex, List, Tag, Typography } from 'antd';
import type { Counter, Ticket } from '../../../../src/modules/queue/contracts.ts';
import { errorMessage } from '../../app/api.ts';
import { priorityLabel } from '../../devices/labels.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useCallTicket, useGroups, useTicketAction, useTickets } from './queries.ts';

const minutesSince = (iso: string) => Math.max(0, (Date.now() - Date.parse(iso)) / 60_000);

export function WaitingPanel({ counter, canCall }: { counter: Counter; canCall: boolean }) {
  const { lang, t } = useI18n();
  const { message } = App.useApp();
  const waiting = useTickets('waiting');
  const onHold = useTickets('on_hold');
  const groups = useGroups();
  const call = useCallTicket();
  const act = useTicketAction();
  const mine = (x: Ticket) => counter.groups.includes(x.group);
  const byGroup = counter.groups.map((letter) => ({
    letter,
    name: groups.data?.find((g) => g.letter === letter),
    tickets: (waiting.data ?? []).filter((x) => x.group === letter),
  }));
  const held = (onHold.data ?? []).filter((x) => x.counterId === counter.id || mine(x));
  const fail = (e: unknown) => message.error(errorMessage(e, lang));

  const row = (x: Ticket) => (
    <List.Item
      key={x.id}
      actions={[
        <Button
          key="call"
          size="small"
          disabled={!canCall}
          loading={call.isPending && call.variables?.ticketId === x.id}
          onClick={() => call.mutate({ counterId: counter.id, ticketId: x.id }, { onError: fail })}
        >
          {t('queue.callThis')}
        </Button>,
      ]}
    >
      <Flex gap={10} align="center" wrap>
        <Typography.Text strong className="q-list-number">
          {x.number}
        </Typography.Text>
        {x.priority ? <Tag color="volcano">★ {t(priorityLabel[x.priority])}</Tag> : null}
        {x.appointment ? <Tag color="cyan">{t('queue.appointment')}</Tag> : null}
        <Typography.Text type="secondary">
          {t('queue.waitingFor', { n: formatNumber(Math.round(minutesSince(x.arrivedAt)), lang) })}
        </Typography.Text>
      </Flex>
    </List.Item>
  );

  return (
    <Flex vertical gap={16}>
      {waiting.error ? <ErrorAlert error={waiting.error} /> : null}
      {byGroup.map((g) => (
        <Card
          key={g.letter}
          size="small"
          data-group={g.letter}
          title={
            <Flex gap={8} align="center">
              <span className="q-letter">{g.letter}</span>
              <span>{g.name ? (lang === 'en' ? g.name.nameEn : g.name.name) : g.letter}</span>
            </Flex>
          }
          extra={<Badge count={g.tickets.length} showZero color={g.tickets.length ? '#9b1c1c' : '#8c8c8c'} />}
        >
          {g.tickets.length ? (
            <List size="small" dataSource={g.tickets.slice(0, 8)} renderItem={row} />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('queue.nobodyWaiting')} />
          )}
          {g.tickets.length > 8 ? (
            <Typography.Text type="secondary">{t('queue.more', { n: g.tickets.length - 8 })}</Typography.Text>
          ) : null}
        </Card>
      ))}
      {held.length ? (
        <Card size="small" title={t('queue.onHold')}>
          <List
            size="small"
            dataSource={held}
            renderItem={(x) => (
              <List.Item
                actions={[
                  <Button
                    key="resume"
                    size="small"
                    disabled={!canCall}
                    onClick={() => act.mutate({ id: x.id, action: { type: 'resume' } }, { onError: fail })}
                  >
                    {t('queue.action.resume')}
                  </Button>,
                ]}
              >
                <Typography.Text strong className="q-list-number">
                  {x.number}
                </Typography.Text>
              </List.Item>
            )}
          />
        </Card>
      ) : null}
    </Flex>
  );
}
