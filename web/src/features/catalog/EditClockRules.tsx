/** Clock rules: supplement pause/restart, consultation time excluded, and the step plan's shares (sum 100 %). */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, InputNumber, Radio, Select, Space, Switch, Typography } from 'antd';
import { InternalStep } from '../../../../src/modules/catalog/contracts.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { STEP_LABEL } from './catalog-format.tsx';
import { type EditForm, planTotal } from './edit-model.ts';

export function EditClockRules() {
  const { t } = useI18n();
  const plan = Form.useWatch<EditForm['stepPlan']>('stepPlan');
  const total = planTotal(plan);
  const ok = Math.abs(total - 100) < 0.1;
  return (
    <Card title={t('cat.clockRules')} data-testid="edit-clock-rules">
      <Form.Item name="supplement" label={t('cat.supplement')}>
        <Radio.Group>
          <Space orientation="vertical">
            <Radio value="restart">
              {t('cal.supplementRestart')}{' '}
              <Typography.Text type="secondary">({t('cal.supplementRestartHint')})</Typography.Text>
            </Radio>
            <Radio value="pause">
              {t('cal.supplementPause')}{' '}
              <Typography.Text type="secondary">({t('cal.supplementPauseHint')})</Typography.Text>
            </Radio>
          </Space>
        </Radio.Group>
      </Form.Item>
      <Form.Item name="excludeConsultation" label={t('cat.consultationExcludedQ')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Typography.Text strong>{t('cat.stepPlan')}</Typography.Text>
      <Form.List
        name="stepPlan"
        rules={[
          {
            validator: async (_, rows: EditForm['stepPlan']) => {
              if (!rows?.length) throw new Error(t('cat.planEmpty'));
              if (Math.abs(planTotal(rows) - 100) >= 0.1) throw new Error(t('cat.planSum', { total: planTotal(rows) }));
              if (new Set(rows.map((r) => r?.step)).size !== rows.length) throw new Error(t('cat.planDuplicate'));
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <div style={{ marginTop: 8 }}>
            {fields.map((f, i) => (
              <Space key={f.key} className="cat-plan-row" align="center">
                <Form.Item name={[f.name, 'step']} noStyle>
                  <Select
                    style={{ width: 200 }}
                    aria-label={`${t('cat.step')} ${i + 1}`}
                    options={InternalStep.options.map((s) => ({ value: s, label: t(STEP_LABEL[s]) }))}
                  />
                </Form.Item>
                <Form.Item name={[f.name, 'percent']} noStyle>
                  <InputNumber
                    min={0}
                    max={100}
                    step={5}
                    suffix="%"
                    style={{ width: 110 }}
                    aria-label={`${t('cat.share')} ${i + 1}`}
                  />
                </Form.Item>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  onClick={() => remove(f.name)}
                  aria-label={`${t('cal.remove')} ${i + 1}`}
                />
              </Space>
            ))}
            <div className="cat-plan-total">
              <Button
                type="dashed"
                size="small"
                icon={<PlusOutlined />}
                disabled={fields.length >= InternalStep.options.length}
                onClick={() =>
                  add({ step: InternalStep.options.find((s) => !plan?.some((r) => r?.step === s)), percent: 0 })
                }
              >
                {t('cat.addStep')}
              </Button>
              <Typography.Text type={ok ? 'success' : 'danger'} strong data-testid="plan-total">
                {t('cat.planTotal', { total })}
              </Typography.Text>
            </div>
            <Form.ErrorList errors={errors} />
          </div>
        )}
      </Form.List>
    </Card>
  );
}
