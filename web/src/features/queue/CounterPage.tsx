/**
 * The receiver's counter screen: sign in to a counter, call the next ticket (or a chosen one), and work the
 * current ticket — recall, no-show, start, hold/resume, transfer, finish. The waiting list per group and the
 * tickets on hold sit beside it. Polls every few seconds.
 */
import { LogoutOutlined, SoundOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Empty, Flex, Row, Tag, Typography } from 'antd';
import type { Counter } from '../../../../src/modules/queue/contracts.ts';
import { ApiError, errorMessage } from '../../app/api.ts';
import { useCurrentUser } from '../../app/auth.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { CurrentTicket } from './CurrentTicket.tsx';
import { useCallNext, useCounters, useSignIn, useSignOut } from './queries.ts';
import { WaitingPanel } from './WaitingPanel.tsx';
import './queue.css';

export default function CounterPage() {
  const { t } = useI18n();
  const me = useCurrentUser();
  const counters = useCounters();
  const mine = counters.data?.find((c) => c.staffId === me.id) ?? null;
  return (
    <>
      <PageHeader title={t('queue.counter.title')} subtitle={t('queue.counter.subtitle')} />
      {counters.error ? <ErrorAlert error={counters.error} /> : null}
      {counters.isPending ? (
        <Card loading />
      ) : mine ? (
        <Desk counter={mine} />
      ) : (
        <ChooseCounter counters={counters.data ?? []} />
      )}
    </>
  );
}

const STATE_COLOR = { closed: 'default', idle: 'green', calling: 'gold', serving: 'blue' } as const;

function ChooseCounter({ counters }: { counters: Counter[] }) {
  const { lang, t } = useI18n();
  const { message, modal } = App.useApp();
  const signIn = useSignIn();
  const go = (c: Counter, force = false) =>
    signIn.mutate(
      { id: c.id, force },
      {
        onSuccess: () => message.success(t('queue.counter.signedIn', { n: c.number })),
        onError: (e) => {
          if (e instanceof ApiError && e.code === 'QUEUE_COUNTER_TAKEN' && !force)
            modal.confirm({
              title: t('queue.counter.takeOverTitle'),
              content: t('queue.counter.takeOver', { name: c.staffName ?? '—' }),
              okText: t('queue.counter.takeOverOk'),
              onOk: () => go(c, true),
            });
          else message.error(errorMessage(e, lang));
        },
      },
    );
  return (
    <Card title={t('queue.counter.choose')}>
      <Row gutter={[16, 16]}>
        {counters
          .filter((c) => c.active)
          .map((c) => (
            <Col key={c.id} xs={24} sm={12} lg={8} xl={6}>
              <Card size="small" className="q-counter-choice" data-counter={c.number}>
                <Typography.Title level={3} style={{ margin: 0 }}>
                  {t('queue.counter.number', { n: c.number })}
                </Typography.Title>
                <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ minHeight: 44 }}>
                  {c.name}
                  <br />
                  {t('queue.groups')}: {c.groups.join(', ')}
                </Typography.Paragraph>
                <Flex justify="space-between" align="center" gap={8}>
                  <Tag color={STATE_COLOR[c.state]}>{t(`queue.state.${c.state}`)}</Tag>
                  <Button
                    type="primary"
                    loading={signIn.isPending && signIn.variables?.id === c.id}
                    onClick={() => go(c)}
                  >
                    {t('queue.counter.signIn')}
                  </Button>
                </Flex>
                {c.staffName ? <Typography.Text type="secondary">{c.staffName}</Typography.Text> : null}
              </Card>
            </Col>
          ))}
      </Row>
    </Card>
  );
}

function Desk({ counter }: { counter: Counter }) {
  const { lang, t } = useI18n();
  const { message, modal } = App.useApp();
  const callNext = useCallNext();
  const signOut = useSignOut();
  const current = counter.currentTicket;
  const busy = current !== null && current.status !== 'finished';
  const next = () =>
    callNext.mutate(counter.id, {
      onSuccess: (ticket) =>
        ticket
          ? message.success(t('queue.counter.called', { number: ticket.number }))
          : message.info(t('queue.counter.nobody')),
      onError: (e) => message.error(errorMessage(e, lang)),
    });
  const leave = () =>
    modal.confirm({
      title: t('queue.counter.signOutConfirm'),
      okText: t('queue.counter.signOut'),
      onOk: () => signOut.mutateAsync(counter.id),
    });
  return (
    <Row gutter={[20, 20]}>
      <Col xs={24} xl={14}>
        <Card
          className="q-desk"
          title={
            <Flex align="center" gap={12} wrap>
              <span className="q-desk-number">{t('queue.counter.number', { n: counter.number })}</span>
              <Typography.Text type="secondary">{counter.name}</Typography.Text>
            </Flex>
          }
          extra={
            <Button icon={<LogoutOutlined />} onClick={leave}>
              {t('queue.counter.signOut')}
            </Button>
          }
        >
          <Button
            type="primary"
            size="large"
            block
            icon={<SoundOutlined />}
            className="q-call-next"
            disabled={busy}
            loading={callNext.isPending}
            onClick={next}
          >
            {t('queue.counter.callNext')}
          </Button>
          {current ? (
            <CurrentTicket ticketId={current.id} counter={counter} />
          ) : (
            <Empty className="q-empty" description={t('queue.counter.noTicket')} />
          )}
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <WaitingPanel counter={counter} canCall={!busy} />
      </Col>
    </Row>
  );
}
