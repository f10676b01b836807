/**
 * /backlog/plan: the planner's inputs (saved to the server: milestones, officers' capacity), the run (HiGHS on
 * the server), and the active plan — feasibility, milestones target vs planned, the shortfall per field with
 * the fixes, and the assignments per officer per week or day.
 */
import { Col, Row } from 'antd';
import { useEffect, useState } from 'react';
import type { Role } from '../../../../src/modules/identity/contracts.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { AssignmentsCard } from './AssignmentsCard.tsx';
import { draftOf, type PlanDraft, PlanInputs } from './PlanInputs.tsx';
import { PlanResult } from './PlanResult.tsx';
import { useActivePlan, useCapacity, useFacets, useMilestones, usePlan, useStaff } from './queries.ts';

/** Who can be given backlog hours: officers who handle dossiers. */
const OFFICER_ROLES: readonly Role[] = ['specialist', 'leader', 'director', 'clerk', 'receiver'];

const todayIso = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' });

export default function PlanPage() {
  const { t } = useI18n();
  const staff = useStaff();
  const capacity = useCapacity();
  const milestones = useMilestones();
  const facets = useFacets();
  const plan = useActivePlan();
  const run = usePlan();
  const [draft, setDraft] = useState<PlanDraft | null>(null);
  const officers = (staff.data ?? []).filter((s) => s.active && s.roles.some((r) => OFFICER_ROLES.includes(r)));

  useEffect(() => {
    if (draft || !staff.data || !capacity.data || !milestones.data) return;
    setDraft(draftOf(milestones.data, capacity.data, officers, todayIso()));
  }, [draft, staff.data, capacity.data, milestones.data, officers]);

  const submit = () => {
    if (!draft) return;
    run.mutate({
      milestones: draft.milestones,
      staff: Object.entries(draft.staff)
        .filter(([, s]) => s.on)
        .map(([staffId, s]) => ({ staffId, fields: s.fields, hoursPerDay: s.hoursPerDay })),
      request: { priority: draft.priority },
    });
  };
  const names = new Map((staff.data ?? []).map((s) => [s.id, s.fullName]));

  return (
    <div data-testid="plan">
      {[staff, capacity, milestones, facets].map((q, i) =>
        q.isError ? <ErrorAlert key={String(i)} error={q.error} /> : null,
      )}
      {draft ? (
        <PlanInputs
          draft={draft}
          onChange={setDraft}
          staff={officers}
          fields={facets.data?.fields.map((f) => f.value) ?? []}
          running={run.isPending}
          onRun={submit}
        />
      ) : null}
      {run.isError ? <ErrorAlert error={run.error} /> : null}
      {plan.isError ? <ErrorAlert error={plan.error} /> : null}
      {plan.data === null ? <p className="bl-muted bl-gap">{t('bl.plan.none')}</p> : null}
      {plan.data ? (
        <Row gutter={16}>
          <Col span={24}>
            <PlanResult plan={plan.data} />
          </Col>
          <Col span={24}>
            <AssignmentsCard planId={plan.data.id} nameOf={(id) => names.get(id) ?? id} />
          </Col>
        </Row>
      ) : null}
    </div>
  );
}
