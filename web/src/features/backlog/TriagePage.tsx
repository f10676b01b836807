/**
 * /backlog: the triage table — filters (source unit, field, competence, complexity, status, review needed,
 * late, text), paging, per-item override with a reason (logged by the API), a bulk override of the selected
 * rows, start work (→ a live dossier) and close; leaders also decide the likely duplicates here.
 */
import { EditOutlined, ReloadOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Flex } from 'antd';
import { useState } from 'react';
import type { BacklogItem, ItemListQuery } from '../../../../src/modules/backlog/contracts.ts';
import { hasAnyRole, useCurrentUser } from '../../app/auth.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { BACKLOG_MANAGERS, BACKLOG_WORKERS } from './BacklogRoutes.tsx';
import { CloseItemModal } from './CloseItemModal.tsx';
import { DuplicatesCard } from './DuplicatesCard.tsx';
import { ItemDrawer } from './ItemDrawer.tsx';
import { OverrideModal } from './OverrideModal.tsx';
import { useItems } from './queries.ts';
import { TriageFilters } from './TriageFilters.tsx';
import { TriageTable } from './TriageTable.tsx';

const PAGE_SIZE = 20;

export default function TriagePage() {
  const me = useCurrentUser();
  const { t } = useI18n();
  const [filters, setFilters] = useState<ItemListQuery>({});
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<BacklogItem[]>([]);
  const [overriding, setOverriding] = useState<BacklogItem[] | null>(null);
  const [closing, setClosing] = useState<BacklogItem | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const list = useItems({ ...filters, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const canWork = hasAnyRole(me, BACKLOG_WORKERS);
  const isManager = hasAnyRole(me, BACKLOG_MANAGERS);

  return (
    <>
      <TriageFilters
        value={filters}
        onChange={(f) => {
          setFilters(f);
          setPage(1);
          setSelected([]);
        }}
      />
      <Card
        className="bl-gap"
        title={
          <Flex align="center" gap={8}>
            {t('bl.tri.title')}
            {list.data ? <Badge count={list.data.total} showZero overflowCount={999_999} color="#6e1111" /> : null}
          </Flex>
        }
        extra={
          <Flex gap={8}>
            {canWork ? (
              <Button
                icon={<EditOutlined />}
                disabled={selected.length === 0}
                data-testid="bulk-override"
                onClick={() => setOverriding(selected)}
              >
                {t('bl.tri.bulk', { n: selected.length })}
              </Button>
            ) : null}
            <Button icon={<ReloadOutlined />} aria-label={t('common.refresh')} onClick={() => void list.refetch()} />
          </Flex>
        }
      >
        {list.isError ? <ErrorAlert error={list.error} /> : null}
        <TriageTable
          data={list.data}
          loading={list.isFetching}
          page={page}
          pageSize={PAGE_SIZE}
          onPage={setPage}
          canWork={canWork}
          selected={selected}
          onSelect={setSelected}
          onOpen={(i) => setOpen(i.id)}
          onOverride={(i) => setOverriding([i])}
          onClose={setClosing}
        />
      </Card>
      {isManager ? <DuplicatesCard /> : null}
      {overriding ? (
        <OverrideModal
          items={overriding}
          onDone={() => {
            setOverriding(null);
            setSelected([]);
          }}
        />
      ) : null}
      {closing ? <CloseItemModal item={closing} onDone={() => setClosing(null)} /> : null}
      <ItemDrawer
        id={open}
        onClose={() => setOpen(null)}
        onOverride={(i) => setOverriding([i])}
        onCloseItem={setClosing}
        canWork={canWork}
      />
    </>
  );
}
