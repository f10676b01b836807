/**
 * The assistant in the staff console: the learning loop (questions it could not answer, answered with low
 * confidence or rated 👎, grouped; attach one to a procedure in two clicks: the suggestion, then confirm),
 * the phrasings attached so far, and a "try it" box.
 */
import { DeleteOutlined, LinkOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Card, Input, Popconfirm, Segmented, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Phrasing, ReviewFilter, ReviewItem } from '../../../../src/modules/assistant/contracts.ts';
import { hasAnyRole, useCurrentUser } from '../../app/auth.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { AskWidget } from './AskWidget.tsx';
import { useAttach, useDeletePhrasing, useDismiss, usePhrasings, useReview } from './queries.ts';

const FILTERS: readonly ReviewFilter[] = ['unanswered', 'low', 'negative', 'all'];

export default function AssistantPage() {
  const { t } = useI18n();
  const me = useCurrentUser();
  const reviewer = hasAnyRole(me, ['admin', 'director', 'leader']);
  const items = [
    ...(reviewer
      ? [
          {
            key: 'review',
            label: t('as.admin.review'),
            children: <ReviewTab editor={hasAnyRole(me, ['admin', 'director'])} />,
          },
          { key: 'phrasings', label: t('as.admin.phrasings'), children: <PhrasingsTab /> },
        ]
      : []),
    {
      key: 'try',
      label: t('as.admin.try'),
      children: (
        <Card>
          <AskWidget token={null} ticketHint={t('as.ticketAtKiosk')} />
        </Card>
      ),
    },
  ];
  return (
    <>
      <PageHeader title={t('as.admin.title')} subtitle={t('as.admin.subtitle')} />
      <Tabs items={items} />
    </>
  );
}

function ReviewTab({ editor }: { editor: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [filter, setFilter] = useState<ReviewFilter>('unanswered');
  const review = useReview(filter);
  const attach = useAttach();
  const dismiss = useDismiss();
  const [codes, setCodes] = useState<Record<string, string>>({});

  const doAttach = (item: ReviewItem, code: string, name: string) =>
    attach.mutate(
      { questionId: item.questionId, code },
      { onSuccess: () => message.success(t('as.admin.attached', { name })) },
    );

  return (
    <Card>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Segmented<ReviewFilter>
          value={filter}
          onChange={setFilter}
          options={FILTERS.map((f) => ({ value: f, label: t(`as.filter.${f}`) }))}
        />
        {review.isError ? <ErrorAlert error={review.error} /> : null}
        {attach.isError ? <ErrorAlert error={attach.error} /> : null}
        <Table<ReviewItem>
          rowKey="key"
          size="middle"
          loading={review.isPending}
          dataSource={review.data ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t('as.admin.empty') }}
          columns={[
            {
              title: t('as.admin.question'),
              render: (_, r) => (
                <div data-testid="review-question">
                  <Typography.Paragraph
                    ellipsis={{ rows: 3, tooltip: r.question.slice(0, 500) }}
                    style={{ marginBottom: 4 }}
                  >
                    {r.question}
                  </Typography.Paragraph>
                  <div>
                    <Tag>{r.lang.toUpperCase()}</Tag>
                    <Tag color={r.confident ? 'gold' : 'red'}>{t(`as.kind.${r.kind}`)}</Tag>
                    {r.negative ? (
                      <Tag color="red">
                        {t('as.filter.negative')}: {r.negative}
                      </Tag>
                    ) : null}
                  </div>
                </div>
              ),
            },
            { title: t('as.admin.count'), dataIndex: 'count', width: 90, align: 'right' },
            {
              title: t('as.admin.last'),
              width: 170,
              render: (_, r) => formatDateTime(r.lastAskedAt),
            },
            {
              title: t('as.admin.attachTo'),
              render: (_, r) =>
                editor ? (
                  <Space wrap>
                    {r.suggestions.map((s) => (
                      <Popconfirm
                        key={s.code}
                        title={t('as.admin.confirm', { name: s.name })}
                        okText={t('as.admin.attach')}
                        onConfirm={() => doAttach(r, s.code, s.name)}
                      >
                        <Button size="small" icon={<LinkOutlined />} data-testid={`attach-${s.code}`}>
                          {s.name}
                        </Button>
                      </Popconfirm>
                    ))}
                    <Space.Compact size="small">
                      <Input
                        placeholder={t('as.admin.code')}
                        style={{ width: 130 }}
                        value={codes[r.key] ?? ''}
                        onChange={(e) => setCodes({ ...codes, [r.key]: e.target.value.trim() })}
                      />
                      <Button
                        disabled={!codes[r.key]}
                        onClick={() => doAttach(r, codes[r.key] as string, codes[r.key] as string)}
                      >
                        {t('as.admin.attach')}
                      </Button>
                    </Space.Compact>
                    <Button
                      size="small"
                      type="text"
                      icon={<StopOutlined />}
                      onClick={() => dismiss.mutate(r.questionId)}
                    >
                      {t('as.admin.dismiss')}
                    </Button>
                  </Space>
                ) : (
                  r.suggestions.map((s) => s.name).join(' · ')
                ),
            },
          ]}
        />
      </Space>
    </Card>
  );
}

function PhrasingsTab() {
  const { t } = useI18n();
  const phrasings = usePhrasings();
  const remove = useDeletePhrasing();
  return (
    <Card>
      {phrasings.isError ? <ErrorAlert error={phrasings.error} /> : null}
      <Table<Phrasing>
        rowKey="id"
        size="middle"
        loading={phrasings.isPending}
        dataSource={phrasings.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t('as.admin.phrase'), dataIndex: 'phrase' },
          { title: t('as.admin.procedure'), render: (_, p) => `${p.name} (${p.code})` },
          { title: t('as.admin.by'), dataIndex: 'createdBy', width: 140 },
          { title: t('as.admin.when'), width: 170, render: (_, p) => formatDateTime(p.createdAt) },
          {
            title: '',
            width: 60,
            render: (_, p) => (
              <Popconfirm title={t('as.admin.deleteConfirm')} onConfirm={() => remove.mutate(p.id)}>
                <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('as.admin.delete')} />
              </Popconfirm>
            ),
          },
        ]}
      />
    </Card>
  );
}
