/** The unverified values of one procedure in the review queue, each with accept / reject for city administrators. */
import { CheckOutlined, CloseOutlined, EditOutlined } from '@ant-design/icons';
import { App, Button, Empty, Popconfirm, Space, Spin, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { ReviewItem, VerifiableField } from '../../../../src/modules/catalog/contracts.ts';
import { isApiError } from '../../app/api.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { FIELD_LABEL, formatDuration } from './catalog-format.tsx';
import { type ProcedureDetail, useProcedure, useVerifyFields } from './queries.ts';
import { UnverifiedValueText } from './UnverifiedNote.tsx';

/** What is published today for the field, to compare with the value waiting. */
function Published({ p, field }: { p: ProcedureDetail; field: VerifiableField }) {
  const { t, lang } = useI18n();
  switch (field) {
    case 'processingTime':
      return <>{p.processingTime.text ?? formatDuration(p.processingTime.duration, t, lang)}</>;
    case 'fee':
      return <>{p.feeText ?? '—'}</>;
    case 'documents':
      return <>{t('cat.docCount', { count: p.documents.length })}</>;
    case 'result':
      return <>{p.result ?? '—'}</>;
    case 'rules':
      return <>{p.rules ?? '—'}</>;
  }
}

export function ReviewValues({ item, canVerify }: { item: ReviewItem; canVerify: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const procedure = useProcedure(item.id);
  const verify = useVerifyFields();
  const p = procedure.data;
  if (procedure.isError) return <ErrorAlert error={procedure.error} />;
  if (!p) return <Spin />;

  const decide = (field: VerifiableField, decision: 'accept' | 'reject') =>
    verify.mutate(
      { id: p.id, body: { version: p.version, fields: [field], decision } },
      {
        onSuccess: () =>
          message.success(t(decision === 'accept' ? 'cat.accepted' : 'cat.rejected', { field: t(FIELD_LABEL[field]) })),
        onError: (e) => {
          if (isApiError(e, 409)) {
            message.warning(t('common.conflict'), 6);
            void procedure.refetch();
          }
        },
      },
    );

  return (
    <div className="cat-review-values" data-testid={`review-${item.id}`}>
      {verify.isError && !isApiError(verify.error, 409) ? <ErrorAlert error={verify.error} /> : null}
      {p.unverified.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cat.nothingUnverified')} />
      ) : null}
      {p.unverified.map((u) => (
        <div key={u.field} className="cat-review-value">
          <div className="cat-review-field">{t(FIELD_LABEL[u.field])}</div>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('cat.published')}
            </Typography.Text>
            <div className="cat-review-published">
              <Published p={p} field={u.field} />
            </div>
          </div>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('cat.unverifiedLabel')}
            </Typography.Text>
            <div className="cat-unverified cat-unverified--inline">
              <UnverifiedValueText value={u.value} />
            </div>
          </div>
          {canVerify ? (
            <Space orientation="vertical" size={6}>
              <Popconfirm
                title={t('cat.acceptConfirm')}
                okText={t('cat.accept')}
                cancelText={t('common.cancel')}
                onConfirm={() => decide(u.field, 'accept')}
              >
                <Button type="primary" size="small" icon={<CheckOutlined />} loading={verify.isPending}>
                  {t('cat.accept')}
                </Button>
              </Popconfirm>
              <Popconfirm
                title={t('cat.rejectConfirm')}
                okText={t('cat.reject')}
                okButtonProps={{ danger: true }}
                cancelText={t('common.cancel')}
                onConfirm={() => decide(u.field, 'reject')}
              >
                <Button size="small" danger icon={<CloseOutlined />}>
                  {t('cat.reject')}
                </Button>
              </Popconfirm>
            </Space>
          ) : null}
        </div>
      ))}
      {item.reasons.includes('time_unparsed') && canVerify ? (
        <Link to={`/catalog/${encodeURIComponent(item.code ?? item.id)}/edit`}>
          <Button size="small" icon={<EditOutlined />}>
            {t('cat.setTime')}
          </Button>
        </Link>
      ) : null}
    </div>
  );
}
