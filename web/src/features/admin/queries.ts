/** Server state of the admin screens: one query key per resource, mutations that refresh what they change. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  ApiToken,
  AuditEntry,
  CreatedToken,
  Department,
  Device,
  type DeviceCreate,
  type StaffCreate,
  StaffDetail,
  StaffSummary,
  type StaffUpdate,
  type TokenCreate,
  Ward,
  type WardUpdate,
} from '../../../../src/modules/identity/contracts.ts';
import { api } from '../../app/api.ts';

export const keys = {
  staff: ['staff'] as const,
  staffDetail: (id: string) => ['staff', id] as const,
  departments: ['departments'] as const,
  devices: ['devices'] as const,
  tokens: ['tokens'] as const,
  ward: ['ward'] as const,
  audit: ['audit'] as const,
};

export const useStaffList = () =>
  useQuery({ queryKey: keys.staff, queryFn: () => api('GET', '/api/staff', { schema: StaffSummary.array() }) });

export const useStaffDetail = (id: string | null) =>
  useQuery({
    queryKey: keys.staffDetail(id ?? ''),
    queryFn: () => api('GET', `/api/staff/${id}`, { schema: StaffDetail }),
    enabled: id !== null,
    staleTime: 0,
  });

export const useDepartments = () =>
  useQuery({
    queryKey: keys.departments,
    queryFn: () => api('GET', '/api/departments', { schema: Department.array() }),
    staleTime: 5 * 60_000,
  });

export function useCreateStaff() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: StaffCreate) => api('POST', '/api/staff', { body, schema: StaffDetail, idempotent: true }),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.staff }),
  });
}

export function useUpdateStaff() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: StaffUpdate }) =>
      api('PATCH', `/api/staff/${id}`, { body, schema: StaffDetail }),
    onSuccess: (s) => {
      qc.setQueryData(keys.staffDetail(s.id), s);
      return qc.invalidateQueries({ queryKey: keys.staff, exact: true });
    },
  });
}

export const useDevices = () =>
  useQuery({ queryKey: keys.devices, queryFn: () => api('GET', '/api/devices', { schema: Device.array() }) });

export function useCreateDevice() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: DeviceCreate) => api('POST', '/api/devices', { body, schema: Device, idempotent: true }),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.devices }),
  });
}

export function useRevokeDevice() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api('DELETE', `/api/devices/${id}`, { schema: Device }),
    onSuccess: () =>
      Promise.all([qc.invalidateQueries({ queryKey: keys.devices }), qc.invalidateQueries({ queryKey: keys.tokens })]),
  });
}

export const useTokens = () =>
  useQuery({ queryKey: keys.tokens, queryFn: () => api('GET', '/api/tokens', { schema: ApiToken.array() }) });

export function useCreateToken() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TokenCreate) => api('POST', '/api/tokens', { body, schema: CreatedToken, idempotent: true }),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.tokens }),
  });
}

export function useRevokeToken() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api('DELETE', `/api/tokens/${id}`, { schema: ApiToken }),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.tokens }),
  });
}

export const useWard = () =>
  useQuery({ queryKey: keys.ward, queryFn: () => api('GET', '/api/ward', { schema: Ward }), staleTime: 0 });

export function useUpdateWard() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: WardUpdate) => api('PATCH', '/api/ward', { body, schema: Ward }),
    onSuccess: (w) => {
      qc.setQueryData(keys.ward, w);
      // The header shows the ward's name from Me.
      return qc.invalidateQueries({ queryKey: ['me'] });
    },
  });
}

export const useAudit = () =>
  useQuery({
    queryKey: keys.audit,
    queryFn: () => api('GET', '/api/audit?limit=100', { schema: AuditEntry.array() }),
    staleTime: 0,
  });
