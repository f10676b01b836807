/**
 * The planner's inputs: milestones (date, share of the competent backlog; by default 50 % by 31/7 and 100 %
 * by 31/8 of the clearance year), the officers with their fields and hours per day for the backlog, priority.
 */
import { DeleteOutlined, PlusOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, DatePicker, Flex, InputNumber, Segmented, Select, Table } from 'antd';
import dayjs from 'dayjs';
import type { z } from 'zod';
import type { Milestone, PlanPriority, StaffCapacity } from '../../../../src/modules/backlog/contracts.ts';
import type { StaffSummary } from '../../../../src/modules/identity/contracts.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';

/** A milestone being edited (the date is checked by the API's schema when saved). */
export type MilestoneDraft = z.input<typeof Milestone>;

export interface PlanDraft {
  milestones: MilestoneDraft[];
  staff: Record<string, { on: boolean; fields: string[]; hoursPerDay: number }>;
  priority: PlanPriority;
}

/** 31/7 and 31/8 of this year, or of next year once 31/8 has passed. */
export function defaultMilestones(today: string): MilestoneDraft[] {
  const year = Number(today.slice(0, 4)) + (today.slice(5) > '08-31' ? 1 : 0);
  return [
    { date: `${year}-07-31`, share: 0.5 },
    { date: `${year}-08-31`, share: 1 },
  ];
}

export function draftOf(
  milestones: Milestone[],
  capacity: StaffCapacity[],
  staff: StaffSummary[],
  today: string,
): PlanDraft {
  const cap = new Map(capacity.map((c) => [c.staffId, c]));
  return {
    milestones: milestones.length > 0 ? milestones : defaultMilestones(today),
    staff: Object.fromEntries(
      staff.map((s) => {
        const c = cap.get(s.id);
        return [s.id, { on: Boolean(c), fields: c?.fields ?? [], hoursPerDay: c?.hoursPerDay ?? 4 }];
      }),
    ),
    priority: 'oldest-first',
  };
}

interface Props {
  draft: PlanDraft;
  onChange: (d: PlanDraft) => void;
  staff: StaffSummary[];
  fields: string[];
  running: boolean;
  onRun: () => void;
}

export function PlanInputs({ draft, onChange, staff, fields, running, onRun }: Props) {
  const { t } = useI18n();
  const setMilestone = (i: number, patch: Partial<MilestoneDraft>) =>
    onChange({ ...draft, milestones: draft.milestones.map((m, k) => (k === i ? { ...m, ...patch } : m)) });
  const setStaff = (id: string, patch: Partial<PlanDraft['staff'][string]>) =>
    onChange({ ...draft, staff: { ...draft.staff, [id]: { ...draft.staff[id]!, ...patch } } });
  const chosen = Object.values(draft.staff).filter((s) => s.on);
  const valid =
    draft.milestones.length > 0 && chosen.length > 0 && chosen.every((s) => s.fields.length > 0 && s.hoursPerDay > 0);

  return (
    <Card
      title={t('bl.plan.inputs')}
      extra={
        <Button
          type="primary"
          icon={<ThunderboltOutlined />}
          loading={running}
          disabled={!valid}
          onClick={onRun}
          data-testid="plan-run"
        >
          {t('bl.plan.run')}
        </Button>
      }
    >
      <Flex gap={32} wrap align="flex-start">
        <div className="bl-plan-milestones">
          <h3 className="bl-h3">{t('bl.plan.milestones')}</h3>
          {draft.milestones.map((m, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a milestone row has no identity but its position
            <Flex key={`${i}-${m.date}`} gap={8} align="center" className="bl-ms-row" data-milestone={m.date}>
              <DatePicker
                format="DD/MM/YYYY"
                allowClear={false}
                value={dayjs(m.date)}
                onChange={(d) => d && setMilestone(i, { date: d.format('YYYY-MM-DD') })}
                aria-label={t('bl.plan.msDate')}
              />
              <InputNumber
                min={1}
                max={100}
                value={Math.round(m.share * 100)}
                onChange={(v) => v && setMilestone(i, { share: v / 100 })}
                suffix="%"
                style={{ width: 120 }}
                aria-label={t('bl.plan.msShare')}
              />
              <Button
                icon={<DeleteOutlined />}
                aria-label={t('bl.plan.msRemove')}
                disabled={draft.milestones.length === 1}
                onClick={() => onChange({ ...draft, milestones: draft.milestones.filter((_, k) => k !== i) })}
              />
            </Flex>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() =>
              onChange({
                ...draft,
                milestones: [...draft.milestones, { date: draft.milestones.at(-1)?.date ?? '2027-08-31', share: 1 }],
              })
            }
          >
            {t('bl.plan.msAdd')}
          </Button>
          <h3 className="bl-h3">{t('bl.plan.priority')}</h3>
          <Segmented<PlanPriority>
            value={draft.priority}
            onChange={(v) => onChange({ ...draft, priority: v })}
            options={[
              { value: 'oldest-first', label: t('bl.plan.oldest') },
              { value: 'simplest-first', label: t('bl.plan.simplest') },
            ]}
          />
        </div>
        <div className="bl-plan-staff">
          <h3 className="bl-h3">{t('bl.plan.officers', { n: chosen.length })}</h3>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={staff}
            data-testid="plan-staff"
            columns={[
              {
                title: '',
                key: 'on',
                width: 40,
                render: (_, s) => (
                  <Checkbox
                    checked={draft.staff[s.id]?.on}
                    onChange={(e) => setStaff(s.id, { on: e.target.checked })}
                    aria-label={s.fullName}
                    data-officer={s.username}
                  />
                ),
              },
              { title: t('bl.plan.officer'), dataIndex: 'fullName', width: 200 },
              {
                title: t('bl.plan.fields'),
                key: 'fields',
                render: (_, s) => (
                  <Select
                    mode="tags"
                    disabled={!draft.staff[s.id]?.on}
                    value={draft.staff[s.id]?.fields}
                    onChange={(v: string[]) => setStaff(s.id, { fields: v })}
                    options={fields.map((f) => ({ value: f }))}
                    // A ward has a few dozen fields at most: render them all, so the list does not re-render
                    // under the pointer while it scrolls (a virtual list dropped options as they were clicked).
                    virtual={false}
                    style={{ width: '100%', minWidth: 260 }}
                    placeholder={t('bl.plan.fieldsPlaceholder')}
                    data-fields={s.username}
                  />
                ),
              },
              {
                title: t('bl.plan.hours'),
                key: 'hours',
                width: 130,
                render: (_, s) => (
                  <InputNumber
                    min={0.5}
                    max={12}
                    step={0.5}
                    disabled={!draft.staff[s.id]?.on}
                    value={draft.staff[s.id]?.hoursPerDay}
                    onChange={(v) => v && setStaff(s.id, { hoursPerDay: v })}
                    suffix="h"
                    aria-label={t('bl.plan.hours')}
                  />
                ),
              },
            ]}
          />
        </div>
      </Flex>
    </Card>
  );
}
