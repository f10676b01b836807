/**
 * The small form of each action: transfer → department, assign → specialist, request-supplement → missing items
 * and reason, apologize-and-reschedule → reason and a new date, sign → result number, return → method… and the
 * request body it makes (with the version the officer saw).
 */
import { Checkbox, DatePicker, Form, type FormRule, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ActionRequest, ActionType, DossierDetail } from '../../../../src/modules/dossiers/contracts.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/vi.ts';
import { useDepartments, useStaffList } from '../admin/queries.ts';
import { methodKey } from './dossier-format.tsx';
import { linesOf } from './intake-model.ts';

export interface ActionValues {
  departmentId?: string;
  assigneeId?: string;
  missing?: string;
  reason?: string;
  reasons?: string;
  bodies?: string;
  replyBy?: Dayjs;
  newDate?: Dayjs;
  resultNumber?: string;
  method?: 'counter' | 'online' | 'post';
  note?: string;
  exceptional?: boolean;
}

/** Actions that end or refuse something: their button is red. */
export const DANGER: readonly ActionType[] = ['refuse', 'reject-after-appraisal', 'withdraw', 'stop'];

const ISO = 'YYYY-MM-DD';

export function toRequest(type: ActionType, v: ActionValues, version: number): ActionRequest {
  const note = v.note?.trim() ? { note: v.note.trim() } : {};
  const base = { version, ...note };
  const reason = v.reason?.trim() ?? '';
  switch (type) {
    case 'transfer':
      return { type, ...base, departmentId: v.departmentId ?? '' };
    case 'assign':
      return { type, ...base, assigneeId: v.assigneeId ?? '' };
    case 'request-supplement':
      return { type, ...base, missing: linesOf(v.missing), reason, ...(v.exceptional ? { exceptional: true } : {}) };
    case 'refuse':
    case 'reject-after-appraisal':
      return { type, ...base, reasons: linesOf(v.reasons) };
    case 'request-consultation':
      return {
        type,
        ...base,
        bodies: linesOf(v.bodies),
        ...(v.replyBy ? { replyBy: v.replyBy.format(ISO) } : {}),
      };
    case 'return-for-rework':
    case 'withdraw':
    case 'stop':
      return { type, ...base, reason };
    case 'sign-and-number':
      return { type, ...base, resultNumber: v.resultNumber?.trim() ?? '' };
    case 'return-result':
      return { type, ...base, method: v.method ?? 'counter' };
    case 'apologize-and-reschedule':
      return { type, ...base, reason, newDate: v.newDate?.format(ISO) ?? '' };
    default:
      return { type, ...base };
  }
}

function useRequired() {
  const { t } = useI18n();
  return (label: MessageKey): FormRule => ({
    required: true,
    whitespace: true,
    message: t('dos.f.required', { field: t(label).toLowerCase() }),
  });
}

function Lines({ name, label }: { name: keyof ActionValues; label: MessageKey }) {
  const { t } = useI18n();
  const req = useRequired();
  return (
    <Form.Item name={name} label={t(label)} extra={t('dos.act.lines')} rules={[req(label)]}>
      <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
    </Form.Item>
  );
}

function Reason() {
  const { t } = useI18n();
  const req = useRequired();
  return (
    <Form.Item name="reason" label={t('dos.f.reason')} rules={[req('dos.f.reason')]}>
      <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} showCount />
    </Form.Item>
  );
}

function DepartmentField() {
  const { t, lang } = useI18n();
  const req = useRequired();
  const departments = useDepartments();
  return (
    <Form.Item name="departmentId" label={t('dos.f.department')} rules={[req('dos.f.department')]}>
      <Select
        loading={departments.isPending}
        showSearch={{ optionFilterProp: 'label' }}
        options={(departments.data ?? []).map((d) => ({ value: d.id, label: lang === 'en' ? d.nameEn : d.name }))}
      />
    </Form.Item>
  );
}

function AssigneeField({ d }: { d: DossierDetail }) {
  const { t } = useI18n();
  const req = useRequired();
  const staff = useStaffList();
  const specialists = (staff.data ?? [])
    .filter((s) => s.active && s.roles.includes('specialist'))
    .sort((a, b) => Number(b.departmentId === d.departmentId) - Number(a.departmentId === d.departmentId));
  return (
    <Form.Item name="assigneeId" label={t('dos.f.assignee')} rules={[req('dos.f.assignee')]}>
      <Select
        loading={staff.isPending}
        showSearch={{ optionFilterProp: 'label' }}
        notFoundContent={t('dos.f.noSpecialists')}
        options={specialists.map((s) => ({ value: s.id, label: s.fullName }))}
      />
    </Form.Item>
  );
}

/** The fields of one action (none but the note for plain confirmations). */
export function ActionFields({ type, d }: { type: ActionType; d: DossierDetail }) {
  const { t } = useI18n();
  const req = useRequired();
  const appointment = d.appointmentAt ? dayjs(d.appointmentAt) : dayjs();
  return (
    <>
      {type === 'transfer' ? <DepartmentField /> : null}
      {type === 'assign' ? <AssigneeField d={d} /> : null}
      {type === 'request-supplement' ? (
        <>
          <Lines name="missing" label="dos.f.missing" />
          <Reason />
          {d.supplementCount > 0 ? (
            <Form.Item name="exceptional" valuePropName="checked">
              <Checkbox>{t('dos.f.exceptional')}</Checkbox>
            </Form.Item>
          ) : null}
        </>
      ) : null}
      {type === 'refuse' || type === 'reject-after-appraisal' ? <Lines name="reasons" label="dos.f.reasons" /> : null}
      {type === 'request-consultation' ? (
        <>
          <Lines name="bodies" label="dos.f.bodies" />
          <Form.Item name="replyBy" label={t('dos.f.replyBy')}>
            <DatePicker format="DD/MM/YYYY" disabledDate={(x) => x.isBefore(dayjs(), 'day')} />
          </Form.Item>
        </>
      ) : null}
      {type === 'return-for-rework' || type === 'withdraw' || type === 'stop' ? <Reason /> : null}
      {type === 'apologize-and-reschedule' ? (
        <>
          <Reason />
          <Form.Item
            name="newDate"
            label={t('dos.f.newDate')}
            rules={[{ required: true, message: t('dos.f.required', { field: t('dos.f.newDate').toLowerCase() }) }]}
          >
            <DatePicker
              format="DD/MM/YYYY"
              disabledDate={(x) => !x.isAfter(appointment, 'day') || x.day() === 0 || x.day() === 6}
            />
          </Form.Item>
        </>
      ) : null}
      {type === 'sign-and-number' ? (
        <Form.Item name="resultNumber" label={t('dos.f.resultNumber')} rules={[req('dos.f.resultNumber')]}>
          <Input maxLength={100} className="mono" />
        </Form.Item>
      ) : null}
      {type === 'return-result' ? (
        <Form.Item name="method" label={t('dos.f.method')} initialValue="counter">
          <Radio.Group
            optionType="button"
            options={(['counter', 'online', 'post'] as const).map((m) => ({ value: m, label: t(methodKey(m)) }))}
          />
        </Form.Item>
      ) : null}
      <Form.Item name="note" label={t('dos.f.note')}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} />
      </Form.Item>
    </>
  );
}
