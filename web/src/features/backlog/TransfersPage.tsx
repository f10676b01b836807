/**
 * /backlog/transfers: items outside the ward's competence grouped by receiving body, each group with its
 * covering letter (PDF, generated on request) and, for leaders, "mark as sent".
 */
import { FilePdfOutlined, SendOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Popconfirm, Table } from 'antd';
import { useState } from 'react';
import type { TransferGroup } from '../../../../src/modules/backlog/contracts.ts';
import { hasAnyRole, useCurrentUser } from '../../app/auth.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { BACKLOG_MANAGERS } from './BacklogRoutes.tsx';
import { formatPlainDate } from './backlog-format.ts';
import { fileViewUrl, useMarkTransferred, useTransferLetter, useTransfers } from './queries.ts';

function Group({ g, canSend }: { g: TransferGroup; canSend: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const letter = useTransferLetter();
  const sent = useMarkTransferred();
  const [letterId, setLetterId] = useState<string | null>(null);
  return (
    <Card
      className="bl-gap"
      data-body={g.receivingBody}
      title={`${g.receivingBody} (${g.count})`}
      extra={
        <Flex gap={8}>
          {letterId ? (
            <Button
              type="link"
              href={fileViewUrl(letterId)}
              target="_blank"
              icon={<FilePdfOutlined />}
              data-testid="letter-link"
            >
              {t('bl.tr.openLetter')}
            </Button>
          ) : (
            <Button
              icon={<FilePdfOutlined />}
              loading={letter.isPending}
              data-testid="letter-create"
              onClick={() => letter.mutate(g.receivingBody, { onSuccess: (f) => setLetterId(f.id) })}
            >
              {t('bl.tr.letter')}
            </Button>
          )}
          {canSend ? (
            <Popconfirm
              title={t('bl.tr.sentConfirm', { n: g.count, body: g.receivingBody })}
              okText={t('bl.tr.sent')}
              cancelText={t('common.cancel')}
              onConfirm={() =>
                sent
                  .mutateAsync(g.receivingBody)
                  .then((r) => message.success(t('bl.tr.sentDone', { n: r.transferred })))
              }
            >
              <Button icon={<SendOutlined />} loading={sent.isPending}>
                {t('bl.tr.sent')}
              </Button>
            </Popconfirm>
          ) : null}
        </Flex>
      }
    >
      {letter.isError ? <ErrorAlert error={letter.error} /> : null}
      {sent.isError ? <ErrorAlert error={sent.error} /> : null}
      <Table
        size="small"
        rowKey="id"
        pagination={g.items.length > 10 ? { pageSize: 10 } : false}
        dataSource={g.items}
        columns={[
          {
            title: t('bl.col.code'),
            dataIndex: 'originalCode',
            width: 160,
            render: (c: string) => <span className="mono">{c}</span>,
          },
          { title: t('bl.col.procedure'), dataIndex: 'procedureName', render: (p: string | null) => p ?? '—' },
          {
            title: t('bl.d.applicant'),
            dataIndex: 'applicantName',
            width: 220,
            render: (p: string | null) => p ?? '—',
          },
          { title: t('bl.col.received'), dataIndex: 'receivedOn', width: 120, render: formatPlainDate },
        ]}
      />
    </Card>
  );
}

export default function TransfersPage() {
  const me = useCurrentUser();
  const { t } = useI18n();
  const groups = useTransfers();
  return (
    <div data-testid="transfers">
      <p className="bl-muted">{t('bl.tr.intro')}</p>
      {groups.isError ? <ErrorAlert error={groups.error} /> : null}
      {groups.data && groups.data.length === 0 ? (
        <Card>
          <Empty description={t('bl.tr.none')} />
        </Card>
      ) : null}
      {groups.data?.map((g) => (
        <Group key={g.receivingBody} g={g} canSend={hasAnyRole(me, BACKLOG_MANAGERS)} />
      ))}
    </div>
  );
}
