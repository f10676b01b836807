/**
 * /backlog/import: upload a predecessor unit's CSV/XLSX (with upload progress) → confirm the column mapping
 * (unknown headers need a decision) → repair preview (encoding per column with before/after, date shapes) →
 * commit (import progress) → the result with the rejected rows' XLSX. The same file again: "nothing new".
 */
import { Button, Card, Flex, Steps } from 'antd';
import { useState } from 'react';
import type { ColumnTarget, ImportPreview, ImportSummary } from '../../../../src/modules/backlog/contracts.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { ImportMappingStep } from './ImportMappingStep.tsx';
import { ImportRepairStep } from './ImportRepairStep.tsx';
import { ImportResult } from './ImportResult.tsx';
import { ImportUploadStep } from './ImportUploadStep.tsx';
import { useCommitImport } from './queries.ts';
import { useImportProgress } from './useImportProgress.ts';

export default function ImportWizard() {
  const { t } = useI18n();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<Record<string, ColumnTarget>>({});
  const [confirmed, setConfirmed] = useState<Set<string>>(new Set());
  const [step, setStep] = useState(0);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const commit = useCommitImport();
  const progress = useImportProgress(commit.isPending ? preview?.importId : undefined);

  const restart = () => {
    setPreview(null);
    setSummary(null);
    setStep(0);
    commit.reset();
  };
  const onPreview = (p: ImportPreview) => {
    setPreview(p);
    setMapping(Object.fromEntries(p.mapping.map((m) => [m.header, m.target])));
    setConfirmed(new Set());
    setStep(p.status === 'committed' ? 3 : 1);
  };
  const unconfirmed = preview ? preview.unknownHeaders.filter((h) => !confirmed.has(h)) : [];

  return (
    <Card className="bl-import">
      <Steps
        current={step}
        className="bl-steps"
        items={[
          { title: t('bl.imp.step.upload') },
          { title: t('bl.imp.step.mapping') },
          { title: t('bl.imp.step.repair') },
          { title: t('bl.imp.step.result') },
        ]}
      />
      {step === 0 ? <ImportUploadStep onPreview={onPreview} /> : null}
      {step === 1 && preview ? (
        <>
          <ImportMappingStep
            preview={preview}
            mapping={mapping}
            confirmed={confirmed}
            onChange={(header, target) => {
              setMapping((m) => ({ ...m, [header]: target }));
              setConfirmed((c) => new Set(c).add(header));
            }}
          />
          <Flex gap={8} justify="flex-end" className="bl-step-actions">
            <Button onClick={restart}>{t('bl.imp.restart')}</Button>
            <Button
              type="primary"
              data-testid="mapping-next"
              disabled={unconfirmed.length > 0}
              onClick={() => setStep(2)}
            >
              {t('bl.imp.next')}
            </Button>
          </Flex>
        </>
      ) : null}
      {step === 2 && preview ? (
        <>
          <ImportRepairStep preview={preview} mapping={mapping} progress={commit.isPending ? progress : null} />
          {commit.isError ? <ErrorAlert error={commit.error} /> : null}
          <Flex gap={8} justify="flex-end" className="bl-step-actions">
            <Button onClick={() => setStep(1)} disabled={commit.isPending}>
              {t('bl.imp.back')}
            </Button>
            <Button
              type="primary"
              data-testid="import-commit"
              loading={commit.isPending}
              onClick={() =>
                commit.mutate(
                  { importId: preview.importId, body: { mapping } },
                  {
                    onSuccess: (s) => {
                      setSummary(s);
                      setStep(3);
                    },
                  },
                )
              }
            >
              {t('bl.imp.commit')}
            </Button>
          </Flex>
        </>
      ) : null}
      {step === 3 && preview ? <ImportResult preview={preview} summary={summary} onAgain={restart} /> : null}
    </Card>
  );
}
