/** Roles as coloured tags with their names in the UI language. */

import { Tag } from 'antd';
import type { Role } from '../../../src/modules/identity/contracts.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

const COLORS: Record<Role, string> = {
  admin: 'volcano',
  director: 'red',
  leader: 'gold',
  receiver: 'blue',
  specialist: 'geekblue',
  clerk: 'cyan',
  advisor: 'green',
  viewer: 'default',
  kiosk: 'purple',
  display: 'purple',
  robot: 'purple',
};

export function RoleTag({ role }: { role: Role }) {
  const { t } = useI18n();
  return (
    <Tag color={COLORS[role]} variant="outlined">
      {t(`role.${role}`)}
    </Tag>
  );
}

export function RoleTags({ roles }: { roles: readonly Role[] }) {
  return (
    <>
      {roles.map((r) => (
        <RoleTag key={r} role={r} />
      ))}
    </>
  );
}
