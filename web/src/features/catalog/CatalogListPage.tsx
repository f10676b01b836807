/** The procedure catalog: search, filters (field, level, verified, needs review), one row per procedure. */
import { AuditOutlined, CheckCircleOutlined, ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import {
  type ProcedureLevel,
  ProcedureLevel as ProcedureLevels,
  type ProcedureSummary,
} from '../../../../src/modules/catalog/contracts.ts';
import { hasAnyRole, useCurrentUser } from '../../app/auth.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { formatDuration, LEVEL_LABEL, LevelTag, procedureName, ReasonTags } from './catalog-format.tsx';
import { type ListFilters, useCatalogSearch, useProcedures, useReviewQueue } from './queries.ts';
import './catalog.css';

/** One filter for the review state: fully verified, unverified values left, or any reason to review. */
type Status = 'verified' | 'unverified' | 'review';
const STATUSES: readonly Status[] = ['verified', 'unverified', 'review'];

function useFilters() {
  const [params, setParams] = useSearchParams();
  const level = params.get('level');
  const raw = params.get('status') as Status | null;
  const status = raw && STATUSES.includes(raw) ? raw : undefined;
  const filters: ListFilters = {
    field: params.get('field') ?? undefined,
    level: ProcedureLevels.options.includes(level as ProcedureLevel) ? (level as ProcedureLevel) : undefined,
    verified: status === 'verified' ? true : status === 'unverified' ? false : undefined,
    needsReview: status === 'review' ? true : undefined,
  };
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return { filters, q: params.get('q') ?? '', status, set };
}

export default function CatalogListPage() {
  const me = useCurrentUser();
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const { filters, q, status, set } = useFilters();
  const [text, setText] = useState(q);
  const canReview = hasAnyRole(me, ['admin', 'director']);
  const all = useProcedures({});
  const list = useProcedures(filters);
  const search = useCatalogSearch(q);
  const review = useReviewQueue(canReview);

  useEffect(() => {
    const id = setTimeout(() => {
      if (text.trim() !== q) set('q', text.trim() || null);
    }, 300);
    return () => clearTimeout(id);
  });

  const fields = useMemo(
    () => [...new Set((all.data ?? []).map((p) => p.field))].sort((a, b) => a.localeCompare(b, 'vi')),
    [all.data],
  );
  const rows = useMemo(() => {
    const items = list.data ?? [];
    // Until the first hits arrive, the filtered list stands in (the table shows it is loading).
    if (!q || !search.data) return items;
    const byId = new Map(items.map((p) => [p.id, p]));
    return (search.data ?? []).map((h) => byId.get(h.id)).filter((p): p is ProcedureSummary => Boolean(p));
  }, [list.data, search.data, q]);
  const error = list.error ?? search.error;
  const detailPath = (p: ProcedureSummary) => `/catalog/${encodeURIComponent(p.code ?? p.id)}`;

  return (
    <>
      <PageHeader
        title={t('cat.title')}
        subtitle={t('cat.subtitle')}
        extra={
          canReview ? (
            <Link to="/catalog/review">
              <Badge count={review.data?.length ?? 0} overflowCount={999} color="#b26a00">
                <Button icon={<AuditOutlined />}>{t('cat.reviewQueue')}</Button>
              </Badge>
            </Link>
          ) : (
            <Tag>{t('common.readOnly')}</Tag>
          )
        }
      />
      {error ? <ErrorAlert error={error} /> : null}
      <Card>
        <Space wrap style={{ marginBottom: 16 }} size={[10, 10]}>
          <Input
            allowClear
            prefix={<SearchOutlined />}
            placeholder={t('cat.searchPlaceholder')}
            aria-label={t('common.search')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            style={{ width: 300 }}
            data-testid="catalog-search"
          />
          <Select<string>
            allowClear
            showSearch
            placeholder={t('cat.allFields')}
            aria-label={t('cat.field')}
            value={filters.field}
            onChange={(v) => set('field', v ?? null)}
            style={{ width: 240 }}
            options={fields.map((f) => ({ value: f, label: f }))}
            data-testid="filter-field"
          />
          <Select<ProcedureLevel>
            allowClear
            placeholder={t('cat.allLevels')}
            aria-label={t('cat.level')}
            value={filters.level}
            onChange={(v) => set('level', v ?? null)}
            style={{ width: 150 }}
            options={ProcedureLevels.options.map((l) => ({ value: l, label: t(LEVEL_LABEL[l]) }))}
          />
          <Select<Status>
            allowClear
            placeholder={t('cat.allVerified')}
            aria-label={t('cat.verified')}
            value={status}
            onChange={(v) => set('status', v ?? null)}
            style={{ width: 250 }}
            options={[
              { value: 'verified', label: t('cat.verifiedYes') },
              { value: 'unverified', label: t('cat.verifiedNo') },
              { value: 'review', label: t('cat.needsReviewOnly') },
            ]}
            data-testid="filter-status"
          />
          <Button icon={<ReloadOutlined />} onClick={() => list.refetch()} aria-label={t('common.refresh')} />
        </Space>
        <Table<ProcedureSummary>
          rowKey="id"
          size="middle"
          loading={list.isFetching || (Boolean(q) && search.isFetching)}
          dataSource={rows}
          data-testid="catalog-table"
          onRow={(p) => ({ onDoubleClick: () => navigate(detailPath(p)) })}
          pagination={{
            pageSize: 20,
            hideOnSinglePage: true,
            showSizeChanger: false,
            showTotal: (n) => t('cat.shown', { count: n, total: all.data?.length ?? n }),
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
              key: 'name',
              render: (_, p) => {
                const other = lang === 'en' ? p.nameVi : p.nameEn;
                return (
                  <>
                    <Link to={detailPath(p)} className="cat-name-link">
                      {procedureName(p, lang)}
                    </Link>
                    {other ? <div className="cat-name-other">{other}</div> : null}
                    {p.handledAtCenter ? null : (
                      <Tag color="purple" variant="outlined" className="cat-elsewhere">
                        {t('cat.elsewhere')}
                      </Tag>
                    )}
                  </>
                );
              },
            },
            { title: t('cat.field'), dataIndex: 'field', width: 180 },
            {
              title: t('cat.level'),
              dataIndex: 'level',
              width: 110,
              render: (l: ProcedureLevel) => <LevelTag level={l} />,
            },
            {
              title: t('cat.time'),
              dataIndex: 'duration',
              width: 170,
              render: (d: ProcedureSummary['duration']) =>
                d.kind === 'unknown' ? (
                  <Typography.Text type="warning">{formatDuration(d, t, lang)}</Typography.Text>
                ) : (
                  formatDuration(d, t, lang)
                ),
            },
            {
              title: t('cat.reviewStatus'),
              dataIndex: 'reviewReasons',
              width: 230,
              render: (r: ProcedureSummary['reviewReasons']) =>
                r.length ? (
                  <ReasonTags reasons={r} />
                ) : (
                  <Tag icon={<CheckCircleOutlined />} color="green" variant="outlined">
                    {t('cat.verifiedTag')}
                  </Tag>
                ),
            },
          ]}
        />
      </Card>
    </>
  );
}
