/** The review queue: procedures with unverified values, unreadable times or incomplete sources. */
import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Result, Segmented, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import type { ReviewItem, ReviewReason, VerifiableField } from '../../../../src/modules/catalog/contracts.ts';
import { hasAnyRole, useCurrentUser } from '../../app/auth.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { BackHomeButton } from '../../ui/ComingSoon.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { FIELD_LABEL, REASON_LABEL, ReasonTags } from './catalog-format.tsx';
import { BackToCatalog } from './ProcedureDetailPage.tsx';
import { useReviewQueue } from './queries.ts';
import { ReviewValues } from './ReviewValues.tsx';
import './catalog.css';

type Filter = 'all' | ReviewReason;
const REASONS: readonly ReviewReason[] = ['unverified_values', 'time_unparsed', 'not_fully_sourced'];

export default function ReviewPage() {
  const me = useCurrentUser();
  const { t } = useI18n();
  const allowed = hasAnyRole(me, ['admin', 'director']);
  const canVerify = hasAnyRole(me, ['admin']) && me.cityAdmin;
  const queue = useReviewQueue(allowed);
  const [filter, setFilter] = useState<Filter>('unverified_values');
  const items = queue.data ?? [];
  const rows = useMemo(
    () => (filter === 'all' ? items : items.filter((i) => i.reasons.includes(filter))),
    [items, filter],
  );

  if (!allowed) return <Result status="403" title="403" subTitle={t('common.forbidden')} extra={<BackHomeButton />} />;
  const count = (r: Filter) => (r === 'all' ? items.length : items.filter((i) => i.reasons.includes(r)).length);

  return (
    <>
      <PageHeader
        title={t('cat.reviewTitle')}
        subtitle={t('cat.reviewSubtitle')}
        extra={
          <>
            <BackToCatalog />
            {canVerify ? null : <Tag style={{ alignSelf: 'center' }}>{t('common.readOnly')}</Tag>}
          </>
        }
      />
      {queue.isError ? <ErrorAlert error={queue.error} /> : null}
      <Card>
        <div className="cat-review-toolbar">
          <Segmented<Filter>
            value={filter}
            onChange={setFilter}
            options={[
              ...REASONS.map((r) => ({ value: r, label: `${t(REASON_LABEL[r])} (${count(r)})` })),
              { value: 'all' as const, label: `${t('cat.allReasons')} (${count('all')})` },
            ]}
          />
          <Button icon={<ReloadOutlined />} onClick={() => queue.refetch()} aria-label={t('common.refresh')} />
        </div>
        <Table<ReviewItem>
          rowKey="id"
          size="middle"
          loading={queue.isFetching}
          dataSource={rows}
          data-testid="review-table"
          pagination={{ pageSize: 15, hideOnSinglePage: true, showTotal: (n) => t('common.total', { count: n }) }}
          expandable={{
            expandedRowRender: (item) => <ReviewValues item={item} canVerify={canVerify} />,
            rowExpandable: (item) => item.unverifiedFields.length > 0 || item.reasons.includes('time_unparsed'),
            expandRowByClick: false,
          }}
          columns={[
            {
              title: t('cat.code'),
              dataIndex: 'code',
              width: 104,
              render: (c: string | null) => (c ? <span className="mono">{c}</span> : <Tag>{t('cat.noCode')}</Tag>),
            },
            {
              title: t('cat.procedure'),
              dataIndex: 'nameVi',
              render: (name: string, i) => (
                <Link to={`/catalog/${encodeURIComponent(i.code ?? i.id)}`} className="cat-name-link">
                  {name}
                </Link>
              ),
            },
            {
              title: t('cat.reviewStatus'),
              dataIndex: 'reasons',
              width: 300,
              render: (r: ReviewReason[]) => <ReasonTags reasons={r} />,
            },
            {
              title: t('cat.unverifiedFields'),
              dataIndex: 'unverifiedFields',
              width: 230,
              render: (f: VerifiableField[]) =>
                f.length ? (
                  f.map((x) => (
                    <Tag key={x} color="gold">
                      {t(FIELD_LABEL[x])}
                    </Tag>
                  ))
                ) : (
                  <Typography.Text type="secondary">—</Typography.Text>
                ),
            },
          ]}
        />
      </Card>
    </>
  );
}
