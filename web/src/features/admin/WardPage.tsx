/** The ward's profile: read by managers, edited by admins (with the version read, so concurrent edits conflict). */
import { EditOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Row,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import type { PredecessorUnit, Ward } from '../../../../src/modules/identity/contracts.ts';
import { isApiError } from '../../app/api.ts';
import { hasAnyRole, useCurrentUser } from '../../app/auth.tsx';
import { formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { useUpdateWard, useWard } from './queries.ts';

interface WardForm {
  name: string;
  nameEn: string;
  address: string;
  areaKm2: number | null;
  population: number | null;
  plannedPopulation: number | null;
  phone: string;
  email: string;
}

const blankToNull = (v: string | undefined) => (v?.trim() ? v.trim() : null);

export default function WardPage() {
  const me = useCurrentUser();
  const { t, lang } = useI18n();
  const ward = useWard();
  const canEdit = hasAnyRole(me, ['admin']);
  const [editing, setEditing] = useState(false);
  const w = ward.data;

  return (
    <>
      <PageHeader
        title={t('ward.title')}
        subtitle={t('ward.subtitle')}
        extra={
          canEdit && w && !editing ? (
            <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('ward.edit')}
            </Button>
          ) : null
        }
      />
      {ward.isError ? <ErrorAlert error={ward.error} /> : null}
      <Row gutter={[20, 20]}>
        <Col xs={24} xl={15}>
          <Card loading={ward.isPending} title={w ? (lang === 'en' ? w.nameEn : w.name) : ' '}>
            {w && editing ? (
              <WardEditForm ward={w} onDone={() => setEditing(false)} />
            ) : w ? (
              <Descriptions bordered column={1} size="middle" styles={{ label: { width: 220 } }}>
                <Descriptions.Item label={t('ward.name')}>{w.name}</Descriptions.Item>
                <Descriptions.Item label={t('ward.nameEn')}>{w.nameEn}</Descriptions.Item>
                <Descriptions.Item label={t('ward.province')}>{w.province}</Descriptions.Item>
                <Descriptions.Item label={t('ward.address')}>{w.address}</Descriptions.Item>
                <Descriptions.Item label={t('ward.area')}>{formatNumber(w.areaKm2, lang)}</Descriptions.Item>
                <Descriptions.Item label={t('ward.population')}>{formatNumber(w.population, lang)}</Descriptions.Item>
                <Descriptions.Item label={t('ward.plannedPopulation')}>
                  {formatNumber(w.plannedPopulation, lang)}
                </Descriptions.Item>
                <Descriptions.Item label={t('ward.phone')}>{w.phone ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('ward.email')}>{w.email ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('ward.code')}>
                  <span className="mono">{w.code}</span>
                </Descriptions.Item>
                <Descriptions.Item label={t('ward.agencyEid')}>
                  <span className="mono">{w.agencyEid}</span>
                </Descriptions.Item>
                <Descriptions.Item label={t('ward.timeZone')}>{w.timeZone}</Descriptions.Item>
              </Descriptions>
            ) : null}
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card loading={ward.isPending} title={t('ward.predecessors')}>
            <Table<PredecessorUnit>
              rowKey="name"
              size="small"
              pagination={false}
              dataSource={w?.predecessorUnits ?? []}
              columns={[
                {
                  title: t('ward.name'),
                  dataIndex: 'name',
                  render: (v: string, p) => (
                    <>
                      {v}
                      {p.formerDistrict ? (
                        <Typography.Text type="secondary">
                          {' '}
                          {t('ward.formerDistrict', { district: p.formerDistrict })}
                        </Typography.Text>
                      ) : null}
                    </>
                  ),
                },
                {
                  title: ' ',
                  dataIndex: 'part',
                  width: 110,
                  render: (p: PredecessorUnit['part']) =>
                    p === 'whole' ? <Tag color="red">{t('ward.whole')}</Tag> : <Tag color="gold">{t('ward.part')}</Tag>,
                },
              ]}
            />
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, fontSize: 13 }}>
              {t('ward.predecessorsNote')}
            </Typography.Paragraph>
          </Card>
        </Col>
      </Row>
    </>
  );
}

function WardEditForm({ ward, onDone }: { ward: Ward; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<WardForm>();
  const update = useUpdateWard();
  const onFinish = (v: WardForm) =>
    update.mutate(
      {
        name: v.name.trim(),
        nameEn: v.nameEn.trim(),
        address: v.address.trim(),
        areaKm2: v.areaKm2,
        population: v.population,
        plannedPopulation: v.plannedPopulation,
        phone: blankToNull(v.phone),
        email: blankToNull(v.email),
        version: ward.version,
      },
      {
        onSuccess: () => {
          message.success(t('common.saved'));
          onDone();
        },
        onError: (e) => {
          if (isApiError(e, 409)) message.warning(t('common.conflict'), 6);
        },
      },
    );
  return (
    <Form<WardForm>
      form={form}
      name="ward"
      layout="vertical"
      onFinish={onFinish}
      initialValues={{ ...ward, phone: ward.phone ?? '', email: ward.email ?? '' }}
    >
      {update.isError ? (
        <div style={{ marginBottom: 16 }}>
          <ErrorAlert error={update.error} />
        </div>
      ) : null}
      <div className="form-grid">
        <Form.Item name="name" label={t('ward.name')} rules={[{ required: true, min: 2, max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="nameEn" label={t('ward.nameEn')} rules={[{ required: true, min: 2, max: 200 }]}>
          <Input />
        </Form.Item>
      </div>
      <Form.Item name="address" label={t('ward.address')} rules={[{ required: true, min: 2, max: 500 }]}>
        <Input />
      </Form.Item>
      <div className="form-grid">
        <Form.Item name="areaKm2" label={t('ward.area')}>
          <InputNumber min={0.01} max={100000} step={0.01} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="population" label={t('ward.population')}>
          <InputNumber min={0} max={100000000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="plannedPopulation" label={t('ward.plannedPopulation')}>
          <InputNumber min={0} max={100000000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="phone" label={t('ward.phone')} rules={[{ max: 50 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="email" label={t('ward.email')} rules={[{ type: 'email' }]}>
          <Input type="email" />
        </Form.Item>
      </div>
      <Space>
        <Button type="primary" htmlType="submit" loading={update.isPending}>
          {t('common.save')}
        </Button>
        <Button onClick={onDone}>{t('common.cancel')}</Button>
      </Space>
    </Form>
  );
}
