/** Intake step 1: find the procedure in the ward's catalog (names, codes, synonyms) and pick it. */
import { CheckCircleFilled, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Empty, Flex, Input, List, Spin, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { SearchHit } from '../../../../src/modules/catalog/contracts.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { formatDuration, procedureName } from '../catalog/catalog-format.tsx';
import { type ProcedureDetail, useCatalogSearch } from '../catalog/queries.ts';

interface Props {
  chosen: ProcedureDetail | undefined;
  choosing: boolean;
  onChoose: (code: string) => void;
  onNext: () => void;
}

function useDebounced(value: string, ms: number): string {
  const [v, setV] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setV(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return v;
}

export function IntakeProcedureStep({ chosen, choosing, onChoose, onNext }: Props) {
  const { t, lang } = useI18n();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 250);
  const search = useCatalogSearch(q);
  const hits = (search.data ?? []).filter((h) => h.code).slice(0, 12);

  return (
    <Flex gap={20} wrap align="flex-start">
      <Card className="dos-step-main" title={t('dos.in.step1')}>
        <Input
          size="large"
          autoFocus
          allowClear
          prefix={<SearchOutlined />}
          placeholder={t('dos.in.search')}
          aria-label={t('dos.in.search')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          data-testid="procedure-search"
        />
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 12px' }}>
          {t('dos.in.searchHint')}
        </Typography.Paragraph>
        {q ? (
          <List<SearchHit>
            loading={search.isFetching && !search.data}
            dataSource={hits}
            locale={{ emptyText: <Empty description={t('dos.in.noHits')} /> }}
            renderItem={(h) => {
              const selected = chosen?.code === h.code;
              return (
                <List.Item
                  className={`dos-hit${selected ? ' dos-hit-selected' : ''}`}
                  data-procedure={h.code}
                  actions={[
                    <Button
                      key="choose"
                      type={selected ? 'primary' : 'default'}
                      icon={selected ? <CheckCircleFilled /> : undefined}
                      disabled={!h.handledAtCenter}
                      onClick={() => h.code && onChoose(h.code)}
                    >
                      {selected ? t('dos.in.chosen') : t('dos.in.choose')}
                    </Button>,
                  ]}
                >
                  <List.Item.Meta
                    title={procedureName(h, lang)}
                    description={
                      <Flex gap={6} wrap align="center">
                        <span className="mono">{h.code}</span>
                        <span>· {h.field}</span>
                        {h.handledAtCenter ? null : <Tag color="default">{t('dos.in.notAtCenter')}</Tag>}
                      </Flex>
                    }
                  />
                </List.Item>
              );
            }}
          />
        ) : null}
      </Card>
      <Card className="dos-step-side" title={t('dos.in.chosen')}>
        {choosing ? <Spin /> : null}
        {chosen ? (
          <>
            <Typography.Title level={3} className="dos-chosen-name">
              {procedureName(chosen, lang)}
            </Typography.Title>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('cat.code')}>
                <span className="mono">{chosen.code}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('cat.field')}>{chosen.field}</Descriptions.Item>
              <Descriptions.Item label={t('dos.in.duration')}>
                {formatDuration(chosen.processingTime.duration, t, lang)}
              </Descriptions.Item>
              <Descriptions.Item label={t('dos.d.documents')}>
                {t('dos.in.docCount', {
                  count: chosen.requiredDocuments.filter((d) => d.condition === null).length,
                  required: chosen.requiredDocuments.filter((d) => d.required && d.condition === null).length,
                })}
              </Descriptions.Item>
            </Descriptions>
            {chosen.handledAtCenter ? null : (
              <Alert type="warning" showIcon title={t('dos.in.notAtCenter')} description={chosen.whereToGo} />
            )}
            <Button
              type="primary"
              size="large"
              block
              style={{ marginTop: 16 }}
              disabled={!chosen.handledAtCenter}
              onClick={onNext}
            >
              {t('dos.in.next')}
            </Button>
          </>
        ) : choosing ? null : (
          <Typography.Text type="secondary">{t('dos.in.searchHint')}</Typography.Text>
        )}
      </Card>
    </Flex>
  );
}
