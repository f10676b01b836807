/** Likely duplicates across sources (same ID number, procedure, close dates), side by side, for a person to decide. */
import { Button, Card, Empty, Flex, List, Tag } from 'antd';
import type { BacklogItem } from '../../../../src/modules/backlog/contracts.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { formatPlainDate } from './backlog-format.ts';
import { useDecideDuplicate, useDuplicates } from './queries.ts';

function Side({ i }: { i: BacklogItem }) {
  return (
    <div className="bl-dup-side">
      <strong className="mono">{i.originalCode}</strong> <Tag>{i.sourceUnit}</Tag>
      <div>{i.procedureName ?? i.procedureNameRaw}</div>
      <div className="bl-small">
        {i.applicantName} · {i.applicantIdMasked} · {formatPlainDate(i.receivedOn)}
      </div>
    </div>
  );
}

export function DuplicatesCard() {
  const { t } = useI18n();
  const dups = useDuplicates(true);
  const decide = useDecideDuplicate();
  return (
    <Card className="bl-gap" title={t('bl.dup.title', { n: dups.data?.length ?? 0 })} data-testid="duplicates">
      {dups.isError ? <ErrorAlert error={dups.error} /> : null}
      {decide.isError ? <ErrorAlert error={decide.error} /> : null}
      {dups.data && dups.data.length === 0 ? <Empty description={t('bl.dup.none')} /> : null}
      {dups.data && dups.data.length > 0 ? (
        <List
          dataSource={dups.data}
          pagination={dups.data.length > 5 ? { pageSize: 5 } : false}
          renderItem={(d) => (
            <List.Item
              actions={[
                <Button
                  key="same"
                  size="small"
                  loading={decide.isPending}
                  onClick={() => decide.mutate({ id: d.id, body: { decision: 'same' } })}
                >
                  {t('bl.dup.same')}
                </Button>,
                <Button
                  key="different"
                  size="small"
                  loading={decide.isPending}
                  onClick={() => decide.mutate({ id: d.id, body: { decision: 'different' } })}
                >
                  {t('bl.dup.different')}
                </Button>,
              ]}
            >
              <Flex gap={16} align="flex-start" wrap>
                <Side i={d.a} />
                <span aria-hidden>⇄</span>
                <Side i={d.b} />
                <span className="bl-small">{d.reason}</span>
              </Flex>
            </List.Item>
          )}
        />
      ) : null}
    </Card>
  );
}
