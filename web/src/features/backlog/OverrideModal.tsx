/**
 * Override one classification of one item, or of every selected item (one PATCH each, same reason): the API
 * logs the old and new value with the reason; a 409 means someone changed the item first.
 */
import { App, AutoComplete, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import {
  type BacklogItem,
  Competence,
  Complexity,
  type ItemOverride,
  OverridableAttribute,
} from '../../../../src/modules/backlog/contracts.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { competenceKey, complexityKey } from './backlog-format.ts';
import { useFacets, useOverride } from './queries.ts';

interface Values {
  attribute: OverridableAttribute;
  procedureCode?: string;
  competence?: Competence;
  receivingBody?: string;
  field?: string;
  complexity?: Complexity;
  effortHours?: number;
  reason: string;
}

function bodyOf(v: Values, version: number): ItemOverride {
  const base = { reason: v.reason, version };
  switch (v.attribute) {
    case 'procedure':
      return { ...base, attribute: 'procedure', procedureCode: v.procedureCode ?? '' };
    case 'competence':
      return {
        ...base,
        attribute: 'competence',
        competence: v.competence ?? 'ward',
        receivingBody: v.competence === 'other' ? (v.receivingBody ?? null) : null,
      };
    case 'field':
      return { ...base, attribute: 'field', field: v.field ?? '' };
    case 'complexity':
      return { ...base, attribute: 'complexity', complexity: v.complexity ?? 'simple' };
    case 'effortHours':
      return { ...base, attribute: 'effortHours', effortHours: v.effortHours ?? 1 };
  }
}

export function OverrideModal({ items, onDone }: { items: BacklogItem[]; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const override = useOverride();
  const facets = useFacets();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const attribute = Form.useWatch('attribute', form) ?? 'field';
  const competence = Form.useWatch('competence', form);
  const first = items[0];

  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    let done = 0;
    try {
      for (const item of items) {
        await override.mutateAsync({ id: item.id, body: bodyOf(v, item.version) });
        done += 1;
      }
      message.success(t('bl.ov.saved', { n: done }));
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={
        items.length === 1
          ? t('bl.ov.title', { code: first?.originalCode ?? '' })
          : t('bl.ov.titleBulk', { n: items.length })
      }
      onCancel={onDone}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ id: 'bl-override-ok', loading: busy }}
      onOk={() => form.submit()}
      destroyOnHidden
      width={560}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        data-testid="override-form"
        initialValues={{
          attribute: 'field',
          field: first?.field,
          complexity: first?.complexity,
          competence: first?.competence,
          receivingBody: first?.receivingBody ?? undefined,
          procedureCode: first?.procedureCode ?? undefined,
          effortHours: first?.effortHours,
        }}
        onFinish={submit}
      >
        <Form.Item name="attribute" label={t('bl.ov.attribute')}>
          <Radio.Group
            optionType="button"
            options={OverridableAttribute.options.map((a) => ({ value: a, label: t(`bl.attr.${a}`) }))}
          />
        </Form.Item>
        {attribute === 'procedure' ? (
          <Form.Item name="procedureCode" label={t('bl.attr.procedure')} rules={[{ required: true }]}>
            <Input placeholder="1.001612" className="mono" />
          </Form.Item>
        ) : null}
        {attribute === 'competence' ? (
          <>
            <Form.Item name="competence" label={t('bl.attr.competence')} rules={[{ required: true }]}>
              <Select options={Competence.options.map((c) => ({ value: c, label: t(competenceKey(c)) }))} />
            </Form.Item>
            {competence === 'other' ? (
              <Form.Item name="receivingBody" label={t('bl.ov.receivingBody')} rules={[{ required: true }]}>
                <Input />
              </Form.Item>
            ) : null}
          </>
        ) : null}
        {attribute === 'field' ? (
          <Form.Item name="field" label={t('bl.attr.field')} rules={[{ required: true, whitespace: true }]}>
            <AutoComplete options={facets.data?.fields.map((f) => ({ value: f.value }))} />
          </Form.Item>
        ) : null}
        {attribute === 'complexity' ? (
          <Form.Item name="complexity" label={t('bl.attr.complexity')} rules={[{ required: true }]}>
            <Select options={Complexity.options.map((c) => ({ value: c, label: t(complexityKey(c)) }))} />
          </Form.Item>
        ) : null}
        {attribute === 'effortHours' ? (
          <Form.Item name="effortHours" label={t('bl.attr.effortHours')} rules={[{ required: true }]}>
            <InputNumber min={0.25} max={400} step={0.5} suffix="h" />
          </Form.Item>
        ) : null}
        <Form.Item
          name="reason"
          label={t('bl.ov.reason')}
          extra={t('bl.ov.reasonHint')}
          rules={[{ required: true, whitespace: true, message: t('bl.ov.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={1000} id="bl-override-reason" />
        </Form.Item>
      </Form>
      {error ? <ErrorAlert error={error} /> : null}
    </Modal>
  );
}
