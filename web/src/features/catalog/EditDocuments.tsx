/** The required-documents editor: one row per document with originals, copies, required and its condition. */
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, InputNumber, Switch, Tooltip } from 'antd';
import { useI18n } from '../../i18n/I18nProvider.tsx';

export function EditDocuments() {
  const { t } = useI18n();
  return (
    <Card title={t('cat.documents')} data-testid="edit-documents">
      <Form.List name="documents">
        {(fields, { add, remove, move }) => (
          <>
            {fields.length ? (
              <div className="cat-doc-head" aria-hidden="true">
                <span>#</span>
                <span>{t('cat.docName')}</span>
                <span>{t('cat.originals')}</span>
                <span>{t('cat.copies')}</span>
                <span>{t('cat.required')}</span>
                <span />
              </div>
            ) : null}
            {fields.map((f, i) => (
              <div key={f.key} className="cat-doc-row">
                <span className="cat-doc-n">{i + 1}</span>
                <div>
                  <Form.Item name={[f.name, 'name']} rules={[{ required: true, whitespace: true }]} noStyle>
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} aria-label={`${t('cat.docName')} ${i + 1}`} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'condition']} noStyle>
                    <Input
                      size="small"
                      placeholder={t('cat.conditionPlaceholder')}
                      aria-label={`${t('cat.condition')} ${i + 1}`}
                      style={{ marginTop: 6 }}
                    />
                  </Form.Item>
                </div>
                <Form.Item name={[f.name, 'originals']} noStyle>
                  <InputNumber min={0} max={99} precision={0} aria-label={`${t('cat.originals')} ${i + 1}`} />
                </Form.Item>
                <Form.Item name={[f.name, 'copies']} noStyle>
                  <InputNumber min={0} max={99} precision={0} aria-label={`${t('cat.copies')} ${i + 1}`} />
                </Form.Item>
                <Form.Item name={[f.name, 'required']} valuePropName="checked" noStyle>
                  <Switch size="small" aria-label={`${t('cat.required')} ${i + 1}`} />
                </Form.Item>
                <span className="cat-doc-actions">
                  <Tooltip title={t('cat.moveUp')}>
                    <Button
                      size="small"
                      type="text"
                      icon={<ArrowUpOutlined />}
                      disabled={i === 0}
                      onClick={() => move(i, i - 1)}
                      aria-label={t('cat.moveUp')}
                    />
                  </Tooltip>
                  <Tooltip title={t('cat.moveDown')}>
                    <Button
                      size="small"
                      type="text"
                      icon={<ArrowDownOutlined />}
                      disabled={i === fields.length - 1}
                      onClick={() => move(i, i + 1)}
                      aria-label={t('cat.moveDown')}
                    />
                  </Tooltip>
                  <Button
                    size="small"
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    onClick={() => remove(f.name)}
                    aria-label={`${t('cal.remove')} ${i + 1}`}
                  />
                </span>
              </div>
            ))}
            <Button
              type="dashed"
              block
              icon={<PlusOutlined />}
              onClick={() => add({ name: '', originals: 1, copies: 0, required: true, condition: '' })}
              style={{ marginTop: 8 }}
            >
              {t('cat.addDocument')}
            </Button>
          </>
        )}
      </Form.List>
    </Card>
  );
}
