/**
 * Create or edit a staff member. Edits carry the version read with the record (optimistic locking): when someone
 * else saved first the server answers 409, the form reloads the newest record and says so.
 */
import { Alert, App, Form, Input, Modal, Select, Spin, Switch } from 'antd';
import { useEffect } from 'react';
import {
  type StaffDetail,
  type StaffRole,
  StaffRole as StaffRoles,
} from '../../../../src/modules/identity/contracts.ts';
import { isApiError } from '../../app/api.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useCreateStaff, useDepartments, useStaffDetail, useUpdateStaff } from './queries.ts';

interface StaffForm {
  username: string;
  fullName: string;
  email?: string;
  phone?: string;
  departmentId?: string | null;
  roles: StaffRole[];
  active: boolean;
  password?: string;
}

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,62}$/;
const blankToNull = (v: string | undefined) => (v?.trim() ? v.trim() : null);

function toForm(s: StaffDetail): StaffForm {
  return {
    username: s.username,
    fullName: s.fullName,
    email: s.email ?? '',
    phone: s.phone ?? '',
    departmentId: s.departmentId,
    roles: s.roles,
    active: s.active,
    password: '',
  };
}

export function StaffFormModal({ staffId, onClose }: { staffId: string | null; onClose: () => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<StaffForm>();
  const creating = staffId === null;
  const detail = useStaffDetail(staffId);
  const departments = useDepartments();
  const create = useCreateStaff();
  const update = useUpdateStaff();
  const mutation = creating ? create : update;

  useEffect(() => {
    if (detail.data) form.setFieldsValue(toForm(detail.data));
  }, [detail.data, form]);

  const onFinish = async (v: StaffForm) => {
    const common = {
      fullName: v.fullName.trim(),
      email: blankToNull(v.email),
      phone: blankToNull(v.phone),
      departmentId: v.departmentId ?? null,
      roles: v.roles,
    };
    try {
      if (creating) {
        const s = await create.mutateAsync({ ...common, username: v.username.trim(), password: v.password ?? '' });
        message.success(t('staff.created', { name: s.fullName }));
      } else if (detail.data) {
        await update.mutateAsync({
          id: detail.data.id,
          body: {
            ...common,
            active: v.active,
            version: detail.data.version,
            ...(v.password ? { password: v.password } : {}),
          },
        });
        message.success(t('common.saved'));
      }
      onClose();
    } catch (e) {
      if (isApiError(e, 409) && e.code === 'VERSION_CONFLICT') {
        message.warning(t('common.conflict'), 6);
        await detail.refetch();
      }
    }
  };

  const title = creating ? t('staff.createTitle') : t('staff.editTitle', { name: detail.data?.fullName ?? '' });
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={creating ? t('common.create') : t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={mutation.isPending}
      width={640}
      destroyOnHidden
      maskClosable={false}
    >
      {!creating && detail.isPending ? (
        <Spin />
      ) : (
        <Form<StaffForm>
          form={form}
          layout="vertical"
          onFinish={onFinish}
          initialValues={{ roles: [], active: true }}
          requiredMark="optional"
          name="staff"
        >
          {mutation.isError && !(isApiError(mutation.error, 409) && mutation.error.code === 'VERSION_CONFLICT') ? (
            <div style={{ marginBottom: 16 }}>
              <ErrorAlert error={mutation.error} />
            </div>
          ) : null}
          {detail.isError ? <ErrorAlert error={detail.error} /> : null}
          <div className="form-grid">
            <Form.Item
              name="username"
              label={t('staff.username')}
              rules={[{ required: true, pattern: USERNAME, message: t('staff.usernameRule') }]}
              extra={creating ? t('staff.usernameRule') : undefined}
            >
              <Input disabled={!creating} autoComplete="off" autoCapitalize="none" />
            </Form.Item>
            <Form.Item name="fullName" label={t('staff.fullName')} rules={[{ required: true, min: 2, max: 200 }]}>
              <Input autoComplete="off" />
            </Form.Item>
            <Form.Item name="email" label={t('staff.email')} rules={[{ type: 'email' }]}>
              <Input type="email" autoComplete="off" />
            </Form.Item>
            <Form.Item name="phone" label={t('staff.phone')} rules={[{ max: 50 }]}>
              <Input autoComplete="off" />
            </Form.Item>
          </div>
          <Form.Item name="departmentId" label={t('staff.department')}>
            <Select
              allowClear
              loading={departments.isPending}
              options={(departments.data ?? []).map((d) => ({ value: d.id, label: lang === 'en' ? d.nameEn : d.name }))}
            />
          </Form.Item>
          <Form.Item name="roles" label={t('staff.roles')} rules={[{ required: true, type: 'array', min: 1 }]}>
            <Select
              mode="multiple"
              options={StaffRoles.options.map((r) => ({ value: r, label: t(`role.${r}`) }))}
              optionFilterProp="label"
            />
          </Form.Item>
          {creating ? null : (
            <Form.Item name="active" label={t('staff.active')} valuePropName="checked">
              <Switch />
            </Form.Item>
          )}
          <Form.Item
            name="password"
            label={creating ? t('staff.password') : t('staff.resetPassword')}
            extra={creating ? t('staff.passwordHint') : t('staff.resetHint')}
            rules={[{ required: creating, min: 10, max: 200, message: t('staff.passwordRule') }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          {!creating && detail.data?.locked ? <Alert type="warning" showIcon title={t('common.locked')} /> : null}
        </Form>
      )}
    </Modal>
  );
}
