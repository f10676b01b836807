/** Staff list (admin, director, leader); admins add and edit accounts. */
import { EditOutlined, PlusOutlined, ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Flex, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import {
  type StaffRole,
  StaffRole as StaffRoles,
  type StaffSummary,
} from '../../../../src/modules/identity/contracts.ts';
import { hasAnyRole, useCurrentUser } from '../../app/auth.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { RoleTags } from '../../ui/RoleTags.tsx';
import { useDepartments, useStaffList } from './queries.ts';
import { StaffFormModal } from './StaffFormModal.tsx';

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

export default function StaffPage() {
  const me = useCurrentUser();
  const { t, lang } = useI18n();
  const canEdit = hasAnyRole(me, ['admin']);
  const staff = useStaffList();
  const departments = useDepartments();
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<StaffRole | null>(null);
  const [editing, setEditing] = useState<string | 'new' | null>(null);

  const deptName = useMemo(() => {
    const m = new Map((departments.data ?? []).map((d) => [d.id, lang === 'en' ? d.nameEn : d.name]));
    return (id: string | null) => (id ? (m.get(id) ?? '—') : '—');
  }, [departments.data, lang]);

  const rows = useMemo(() => {
    const q = fold(search.trim());
    return (staff.data ?? []).filter(
      (s) => (!q || fold(`${s.fullName} ${s.username}`).includes(q)) && (!role || s.roles.includes(role)),
    );
  }, [staff.data, search, role]);

  return (
    <>
      <PageHeader
        title={t('staff.title')}
        subtitle={t('staff.subtitle')}
        extra={
          canEdit ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('staff.add')}
            </Button>
          ) : (
            <Tag>{t('common.readOnly')}</Tag>
          )
        }
      />
      {staff.isError ? <ErrorAlert error={staff.error} /> : null}
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Input
            allowClear
            prefix={<SearchOutlined />}
            placeholder={t('staff.searchPlaceholder')}
            aria-label={t('common.search')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            style={{ width: 300 }}
          />
          <Select<StaffRole>
            allowClear
            placeholder={t('staff.allRoles')}
            aria-label={t('staff.roles')}
            value={role ?? undefined}
            onChange={(v) => setRole(v ?? null)}
            style={{ width: 220 }}
            options={StaffRoles.options.map((r) => ({ value: r, label: t(`role.${r}`) }))}
          />
          <Button icon={<ReloadOutlined />} onClick={() => staff.refetch()} aria-label={t('common.refresh')} />
        </Space>
        <Table<StaffSummary>
          rowKey="id"
          size="middle"
          loading={staff.isPending}
          dataSource={rows}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (n) => t('common.total', { count: n }) }}
          columns={[
            {
              title: t('staff.fullName'),
              dataIndex: 'fullName',
              sorter: (a, b) => a.fullName.localeCompare(b.fullName, 'vi'),
              render: (v: string) => <Typography.Text strong>{v}</Typography.Text>,
            },
            {
              title: t('staff.username'),
              dataIndex: 'username',
              render: (v: string) => <span className="mono">{v}</span>,
            },
            {
              title: t('staff.roles'),
              dataIndex: 'roles',
              render: (r: StaffRole[]) => (
                <Flex wrap gap={4}>
                  <RoleTags roles={r} />
                </Flex>
              ),
            },
            { title: t('staff.department'), dataIndex: 'departmentId', render: (id: string | null) => deptName(id) },
            {
              title: t('common.status'),
              key: 'status',
              render: (_, s) =>
                s.locked ? (
                  <Badge status="warning" text={t('common.locked')} />
                ) : s.active ? (
                  <Badge status="success" text={t('common.active')} />
                ) : (
                  <Badge status="default" text={t('common.inactive')} />
                ),
            },
            ...(canEdit
              ? [
                  {
                    title: t('common.actions'),
                    key: 'actions',
                    width: 110,
                    render: (_: unknown, s: StaffSummary) => (
                      <Button
                        size="small"
                        icon={<EditOutlined />}
                        onClick={() => setEditing(s.id)}
                        aria-label={`${t('common.edit')} ${s.fullName}`}
                      >
                        {t('common.edit')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {editing ? (
        <StaffFormModal staffId={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
    </>
  );
}
