/** Editors for the names, channels, processing time (structured + as published), fees and result. */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Form, Input, InputNumber, Select, Space, TimePicker } from 'antd';
import { Channel } from '../../../../src/modules/catalog/contracts.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { CHANNEL_LABEL, DURATION_KINDS, DURATION_LABEL } from './catalog-format.tsx';
import type { EditForm } from './edit-model.ts';

export function EditGeneral() {
  const { t } = useI18n();
  const channelOptions = Channel.options.map((c) => ({ value: c, label: t(CHANNEL_LABEL[c]) }));
  return (
    <Card title={t('cat.general')}>
      <Form.Item name="nameEn" label={t('cat.nameEn')} rules={[{ max: 500 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="synonyms" label={t('cat.synonyms')} extra={t('cat.synonymsHint')}>
        <Select mode="tags" tokenSeparators={[';']} open={false} suffixIcon={null} />
      </Form.Item>
      <Form.Item name="channels" label={t('cat.channels')} rules={[{ required: true, type: 'array', min: 1 }]}>
        <Checkbox.Group options={channelOptions} />
      </Form.Item>
      <Form.Item name="result" label={t('cat.result')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
    </Card>
  );
}

export function EditTime() {
  const { t } = useI18n();
  const kind = Form.useWatch<EditForm['durationKind']>('durationKind');
  return (
    <Card title={t('cat.processingTime')}>
      <Space align="start" wrap>
        <Form.Item name="durationKind" label={t('cat.durationKind')} style={{ minWidth: 220 }}>
          <Select options={DURATION_KINDS.map((k) => ({ value: k, label: t(DURATION_LABEL[k]) }))} />
        </Form.Item>
        {kind === 'same_day' ? (
          <Form.Item name="durationCutoff" label={t('cal.cutoff')} rules={[{ required: true }]}>
            <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} allowClear={false} />
          </Form.Item>
        ) : kind && kind !== 'unknown' ? (
          <Form.Item name="durationValue" label={t('cat.durationValue')} rules={[{ required: true }]}>
            <InputNumber min={0.5} max={10000} step={1} style={{ width: 140 }} />
          </Form.Item>
        ) : null}
      </Space>
      <Form.Item name="timeText" label={t('cat.originalText')} extra={t('cat.timeTextHint')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
    </Card>
  );
}

export function EditFees() {
  const { t } = useI18n();
  const channelOptions = Channel.options.map((c) => ({ value: c, label: t(CHANNEL_LABEL[c]) }));
  return (
    <Card title={t('cat.fees')}>
      <Form.Item name="feeText" label={t('cat.feeText')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
      <Form.List name="fees">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f, i) => (
              <div key={f.key} className="cat-fee-row">
                <Form.Item name={[f.name, 'amountVnd']} noStyle>
                  <InputNumber
                    min={0}
                    step={1000}
                    precision={0}
                    placeholder={t('cat.feeElsewhere')}
                    addonAfter="đ"
                    aria-label={`${t('cat.feeAmount')} ${i + 1}`}
                    style={{ width: 190 }}
                  />
                </Form.Item>
                <Form.Item name={[f.name, 'description']} noStyle>
                  <Input placeholder={t('cat.feeDescription')} aria-label={`${t('cat.feeDescription')} ${i + 1}`} />
                </Form.Item>
                <Form.Item name={[f.name, 'channels']} noStyle>
                  <Checkbox.Group options={channelOptions} />
                </Form.Item>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  onClick={() => remove(f.name)}
                  aria-label={`${t('cal.remove')} ${i + 1}`}
                />
              </div>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ amountVnd: 0, description: '', channels: ['counter'] })}
            >
              {t('cat.addFee')}
            </Button>
          </>
        )}
      </Form.List>
    </Card>
  );
}
