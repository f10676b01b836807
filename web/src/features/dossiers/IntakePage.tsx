/**
 * /dossiers/new: the counter intake wizard — procedure search → checklist → applicant → receipt printed.
 * `?ticket=<id>` links the dossier to the queue ticket being served; `?procedure=<code>` preselects a procedure.
 */
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Result, Steps } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { z } from 'zod';
import type { IntakeRequest, IntakeResult } from '../../../../src/modules/dossiers/contracts.ts';
import { hasAnyRole, useCurrentUser } from '../../app/auth.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { BackHomeButton } from '../../ui/ComingSoon.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { useProcedure } from '../catalog/queries.ts';
import { IntakeApplicantStep } from './IntakeApplicantStep.tsx';
import { IntakeChecklistStep } from './IntakeChecklistStep.tsx';
import { IntakeDone } from './IntakeDone.tsx';
import { IntakeProcedureStep } from './IntakeProcedureStep.tsx';
import {
  type ApplicantValues,
  type Checklist,
  documentsOf,
  emptyChecklist,
  linesOf,
  missingRequired,
} from './intake-model.ts';
import { INTAKE_ROLES } from './QueuesPage.tsx';
import { useIntake } from './queries.ts';
import './dossiers.css';
import './intake.css';

const TicketId = z.uuid();
/** Who has the dossier list (an advisor in the field has only this page). */
const LIST_ROLES = ['admin', 'director', 'leader', 'receiver', 'specialist', 'clerk', 'viewer'] as const;

export default function IntakePage() {
  const me = useCurrentUser();
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const ticket = TicketId.safeParse(params.get('ticket'));
  const intake = useIntake();
  const [step, setStep] = useState(0);
  /** The furthest step opened: earlier steps stay mounted (hidden) so going back keeps what was typed. */
  const [reached, setReached] = useState(0);
  const go = (n: number) => {
    if (intake.isError) intake.reset(); // an error belongs to the attempt, not to the corrected dossier
    setStep(n);
    setReached((r) => Math.max(r, n));
    window.scrollTo({ top: 0 });
  };
  const [code, setCode] = useState<string | undefined>(params.get('procedure') ?? undefined);
  const procedure = useProcedure(code);
  const docs = procedure.data?.requiredDocuments ?? [];
  const [checklist, setChecklist] = useState<Checklist>({ given: {}, extras: [] });
  const [done, setDone] = useState<{ result: IntakeResult; outcome: ApplicantValues['outcome'] } | null>(null);

  // A new procedure starts a fresh checklist.
  const loadedId = procedure.data?.id;
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when another procedure is loaded
  useEffect(() => {
    if (procedure.data) setChecklist(emptyChecklist(procedure.data.requiredDocuments));
  }, [loadedId]);

  if (!hasAnyRole(me, INTAKE_ROLES))
    return <Result status="403" title="403" subTitle={t('common.forbidden')} extra={<BackHomeButton />} />;

  const submit = (v: ApplicantValues) => {
    if (!procedure.data?.code) return;
    const body: IntakeRequest = {
      procedureCode: procedure.data.code,
      channel: v.channel,
      applicant: {
        fullName: v.fullName.trim(),
        idNumber: v.idNumber.replace(/\s/g, ''),
        phone: v.phone.trim(),
        address: v.address.trim(),
        ...(v.email?.trim() ? { email: v.email.trim() } : {}),
      },
      ...(v.hasProxy && v.proxyName && v.proxyIdNumber
        ? {
            proxy: {
              fullName: v.proxyName.trim(),
              idNumber: v.proxyIdNumber.replace(/\s/g, ''),
              ...(v.proxyPhone?.trim() ? { phone: v.proxyPhone.trim() } : {}),
              ...(v.proxyRelation?.trim() ? { relation: v.proxyRelation.trim() } : {}),
            },
          }
        : {}),
      documents: documentsOf(docs, checklist),
      outcome: v.outcome,
      ...(ticket.success ? { ticketId: ticket.data } : {}),
      ...(v.outcome === 'request-supplement' ? { missing: linesOf(v.missing), reason: v.reason?.trim() } : {}),
      ...(v.outcome === 'refuse' ? { reasons: linesOf(v.reason) } : {}),
    };
    intake.mutate(body, {
      onSuccess: (result) => {
        setDone({ result, outcome: v.outcome });
        go(3);
      },
    });
  };

  const restart = () => {
    setDone(null);
    setCode(undefined);
    setChecklist({ given: {}, extras: [] });
    intake.reset();
    setStep(0);
    setReached(0);
  };

  return (
    <>
      <PageHeader
        title={t('dos.in.title')}
        subtitle={t('dos.in.subtitle')}
        extra={
          hasAnyRole(me, LIST_ROLES) ? (
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/dossiers')}>
              {t('dos.d.back')}
            </Button>
          ) : null
        }
      />
      <Steps
        className="dos-steps"
        current={step}
        items={[t('dos.in.step1'), t('dos.in.step2'), t('dos.in.step3'), t('dos.in.step4')].map((title) => ({ title }))}
      />
      {procedure.isError ? <ErrorAlert error={procedure.error} /> : null}
      <div hidden={step !== 0}>
        <IntakeProcedureStep
          chosen={procedure.data}
          choosing={procedure.isFetching && !procedure.data}
          onChoose={setCode}
          onNext={() => go(1)}
        />
      </div>
      {reached >= 1 && procedure.data ? (
        <div hidden={step !== 1}>
          <IntakeChecklistStep
            docs={docs}
            value={checklist}
            onChange={setChecklist}
            onBack={() => go(0)}
            onNext={() => go(2)}
          />
        </div>
      ) : null}
      {reached >= 2 && step < 3 ? (
        <div hidden={step !== 2}>
          <IntakeApplicantStep
            missing={missingRequired(docs, checklist)}
            pending={intake.isPending}
            error={intake.error}
            onBack={() => go(1)}
            onSubmit={submit}
          />
        </div>
      ) : null}
      {step === 3 && done ? <IntakeDone result={done.result} outcome={done.outcome} onAnother={restart} /> : null}
    </>
  );
}
