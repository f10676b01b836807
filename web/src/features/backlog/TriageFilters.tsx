/** The triage filters: one row of selects and a search box; every change starts again at page 1. */
import { Card, Input, Select } from 'antd';
import { Competence, Complexity, type ItemListQuery, ItemStatus } from '../../../../src/modules/backlog/contracts.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { competenceKey, complexityKey, statusKey } from './backlog-format.ts';
import { useFacets } from './queries.ts';

export function TriageFilters({ value, onChange }: { value: ItemListQuery; onChange: (q: ItemListQuery) => void }) {
  const { t } = useI18n();
  const facets = useFacets();
  const set = (patch: Partial<ItemListQuery>) => onChange({ ...value, ...patch });
  const yesNo = [
    { value: 'true', label: t('bl.yes') },
    { value: 'false', label: t('bl.no') },
  ];
  return (
    <Card size="small" className="bl-filters" data-testid="triage-filters">
      <Select
        allowClear
        showSearch
        placeholder={t('bl.f.source')}
        aria-label={t('bl.f.source')}
        value={value.sourceUnit}
        onChange={(v) => set({ sourceUnit: v })}
        options={facets.data?.sources.map((s) => ({ value: s.value, label: `${s.value} (${s.count})` }))}
        style={{ width: 240 }}
        data-filter="sourceUnit"
      />
      <Select
        allowClear
        showSearch
        placeholder={t('bl.f.field')}
        aria-label={t('bl.f.field')}
        value={value.field}
        onChange={(v) => set({ field: v })}
        options={facets.data?.fields.map((s) => ({ value: s.value, label: `${s.value} (${s.count})` }))}
        style={{ width: 200 }}
        data-filter="field"
      />
      <Select
        allowClear
        placeholder={t('bl.f.competence')}
        aria-label={t('bl.f.competence')}
        value={value.competence}
        onChange={(v) => set({ competence: v })}
        options={Competence.options.map((c) => ({ value: c, label: t(competenceKey(c)) }))}
        style={{ width: 170 }}
        data-filter="competence"
      />
      <Select
        allowClear
        placeholder={t('bl.f.complexity')}
        aria-label={t('bl.f.complexity')}
        value={value.complexity}
        onChange={(v) => set({ complexity: v })}
        options={Complexity.options.map((c) => ({ value: c, label: t(complexityKey(c)) }))}
        style={{ width: 160 }}
        data-filter="complexity"
      />
      <Select
        allowClear
        placeholder={t('bl.f.status')}
        aria-label={t('bl.f.status')}
        value={value.status}
        onChange={(v) => set({ status: v })}
        options={ItemStatus.options.map((s) => ({ value: s, label: t(statusKey(s)) }))}
        style={{ width: 160 }}
        data-filter="status"
      />
      <Select
        allowClear
        placeholder={t('bl.f.review')}
        aria-label={t('bl.f.review')}
        value={value.needsReview}
        onChange={(v) => set({ needsReview: v })}
        options={yesNo}
        style={{ width: 170 }}
        data-filter="needsReview"
      />
      <Select
        allowClear
        placeholder={t('bl.f.late')}
        aria-label={t('bl.f.late')}
        value={value.late}
        onChange={(v) => set({ late: v })}
        options={yesNo}
        style={{ width: 140 }}
        data-filter="late"
      />
      <Input.Search
        allowClear
        placeholder={t('bl.f.q')}
        aria-label={t('bl.f.q')}
        defaultValue={value.q}
        onSearch={(q) => set({ q: q.trim() || undefined })}
        style={{ width: 260 }}
        data-testid="triage-search"
      />
    </Card>
  );
}
