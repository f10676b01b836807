/**
 * The dossier workflow as data: which actions each status allows (checked by the compiler against the status
 * type), the national portal code of each status, who may take each action, and the labels people read.
 */
import type { ActionType, DossierStatus, LogType } from '../contracts.ts';

export const ALLOWED_ACTIONS = {
  submitted: ['receive', 'request-supplement', 'refuse', 'withdraw'],
  received: ['transfer', 'assign', 'request-supplement', 'withdraw', 'stop', 'apologize-and-reschedule'],
  'not-accepted': [],
  'supplement-requested': ['supplement-received', 'withdraw', 'stop'],
  'in-progress': [
    'transfer',
    'assign',
    'request-supplement',
    'request-consultation',
    'submit-for-approval',
    'reject-after-appraisal',
    'withdraw',
    'stop',
    'apologize-and-reschedule',
  ],
  consultation: ['consultation-received', 'withdraw', 'stop', 'apologize-and-reschedule'],
  'awaiting-approval': [
    'approve',
    'return-for-rework',
    'reject-after-appraisal',
    'withdraw',
    'stop',
    'apologize-and-reschedule',
  ],
  approved: ['sign-and-number', 'apologize-and-reschedule'],
  signed: ['result-ready'],
  rejected: ['return-result'],
  'result-ready': ['return-result'],
  returned: [],
  withdrawn: [],
  stopped: [],
} as const satisfies Record<DossierStatus, readonly ActionType[]>;

export function isActionAllowedIn(status: DossierStatus, action: ActionType): boolean {
  return (ALLOWED_ACTIONS[status] as readonly ActionType[]).includes(action);
}

/** National portal status codes (DOMAIN.md §2). */
export const PORTAL_CODE = {
  submitted: 1,
  received: 2,
  'not-accepted': 3,
  'in-progress': 4,
  consultation: 4,
  'awaiting-approval': 4,
  approved: 4,
  'supplement-requested': 5,
  withdrawn: 7,
  stopped: 8,
  signed: 9,
  rejected: 9,
  'result-ready': 9,
  returned: 10,
} as const satisfies Record<DossierStatus, number>;

/** Statuses whose clock runs (candidates for "due soon" and "late"). */
export const CLOCK_STATUSES = [
  'received',
  'in-progress',
  'consultation',
  'awaiting-approval',
  'approved',
  'signed',
] as const satisfies readonly DossierStatus[];

/** Statuses in which nothing more happens. */
export const FINAL_STATUSES = [
  'not-accepted',
  'returned',
  'withdrawn',
  'stopped',
] as const satisfies readonly DossierStatus[];

export const STATUS_LABEL = {
  submitted: { vi: 'Mới đăng ký', en: 'Submitted' },
  received: { vi: 'Được tiếp nhận', en: 'Received' },
  'not-accepted': { vi: 'Không được tiếp nhận', en: 'Not accepted' },
  'supplement-requested': { vi: 'Yêu cầu bổ sung giấy tờ', en: 'Supplement requested' },
  'in-progress': { vi: 'Đang xử lý', en: 'In progress' },
  consultation: { vi: 'Đang xử lý (lấy ý kiến)', en: 'In progress (consultation)' },
  'awaiting-approval': { vi: 'Đang xử lý (chờ phê duyệt)', en: 'In progress (awaiting approval)' },
  approved: { vi: 'Đang xử lý (chờ ký số, vào sổ)', en: 'In progress (awaiting signature)' },
  signed: { vi: 'Đã xử lý xong', en: 'Processed' },
  rejected: { vi: 'Đã xử lý xong (từ chối giải quyết)', en: 'Processed (refused after appraisal)' },
  'result-ready': { vi: 'Đã có kết quả, chờ trả', en: 'Result ready for collection' },
  returned: { vi: 'Đã trả kết quả', en: 'Result returned' },
  withdrawn: { vi: 'Công dân yêu cầu rút hồ sơ', en: 'Withdrawn by the applicant' },
  stopped: { vi: 'Dừng xử lý', en: 'Processing stopped' },
} as const satisfies Record<DossierStatus, { vi: string; en: string }>;

export const ACTION_LABEL = {
  submit: { vi: 'Đăng ký hồ sơ', en: 'Registered' },
  receive: { vi: 'Tiếp nhận hồ sơ', en: 'Received' },
  'request-supplement': { vi: 'Yêu cầu bổ sung hồ sơ', en: 'Supplement requested' },
  'supplement-received': { vi: 'Nhận hồ sơ bổ sung', en: 'Supplement received' },
  refuse: { vi: 'Từ chối tiếp nhận', en: 'Refused at intake' },
  transfer: { vi: 'Chuyển xử lý', en: 'Transferred' },
  assign: { vi: 'Phân công thụ lý', en: 'Assigned' },
  'request-consultation': { vi: 'Lấy ý kiến', en: 'Consultation requested' },
  'consultation-received': { vi: 'Nhận ý kiến', en: 'Consultation received' },
  'submit-for-approval': { vi: 'Trình phê duyệt', en: 'Submitted for approval' },
  'return-for-rework': { vi: 'Trả lại để xử lý lại', en: 'Returned for rework' },
  approve: { vi: 'Phê duyệt', en: 'Approved' },
  'reject-after-appraisal': { vi: 'Từ chối giải quyết', en: 'Refused after appraisal' },
  'sign-and-number': { vi: 'Ký, đóng dấu, vào số', en: 'Signed and numbered' },
  'result-ready': { vi: 'Kết quả chuyển về Bộ phận một cửa', en: 'Result ready' },
  'return-result': { vi: 'Trả kết quả', en: 'Result returned' },
  withdraw: { vi: 'Rút hồ sơ', en: 'Withdrawn' },
  stop: { vi: 'Dừng giải quyết', en: 'Stopped' },
  'apologize-and-reschedule': { vi: 'Xin lỗi và hẹn lại ngày trả', en: 'Apology and new date' },
} as const satisfies Record<LogType, { vi: string; en: string }>;

type Role = 'director' | 'leader' | 'receiver' | 'specialist' | 'clerk' | 'advisor';

/**
 * Who may take each action. `assigned` roles may act only on dossiers assigned to them; `any` roles on any
 * dossier of their ward.
 */
export const ACTION_ROLES = {
  receive: { any: ['receiver', 'advisor'], assigned: [] },
  'request-supplement': { any: ['receiver', 'leader', 'director'], assigned: ['specialist'] },
  'supplement-received': { any: ['receiver', 'advisor'], assigned: [] },
  refuse: { any: ['receiver', 'advisor'], assigned: [] },
  transfer: { any: ['receiver', 'leader', 'director'], assigned: [] },
  assign: { any: ['leader', 'director'], assigned: [] },
  'request-consultation': { any: ['leader'], assigned: ['specialist'] },
  'consultation-received': { any: ['leader', 'receiver'], assigned: ['specialist'] },
  'submit-for-approval': { any: [], assigned: ['specialist'] },
  'return-for-rework': { any: ['leader', 'director'], assigned: [] },
  approve: { any: ['leader', 'director'], assigned: [] },
  'reject-after-appraisal': { any: ['leader', 'director'], assigned: ['specialist'] },
  'sign-and-number': { any: ['clerk'], assigned: [] },
  'result-ready': { any: ['receiver', 'clerk'], assigned: [] },
  'return-result': { any: ['receiver'], assigned: [] },
  withdraw: { any: ['receiver'], assigned: [] },
  stop: { any: ['leader', 'director'], assigned: [] },
  'apologize-and-reschedule': { any: ['leader', 'director'], assigned: [] },
} as const satisfies Record<ActionType, { any: readonly Role[]; assigned: readonly Role[] }>;

/**
 * Stricter rules for an action in one status. Awaiting approval, the appraisal is the leader's to judge: the
 * specialist who submitted it may no longer refuse it (they could before submitting).
 */
export const STATUS_ACTION_ROLES: Partial<
  Record<DossierStatus, Partial<Record<ActionType, { any: readonly Role[]; assigned: readonly Role[] }>>>
> = {
  'awaiting-approval': { 'reject-after-appraisal': { any: ['leader', 'director'], assigned: [] } },
};

export type RoleCheck = 'ok' | 'role' | 'assignment';

/**
 * Whether someone with `roles` (staff id `actorId`) may take `action` on a dossier in `status` assigned to
 * `assigneeId`.
 */
export function checkActionRole(
  action: ActionType,
  status: DossierStatus,
  roles: readonly string[],
  actorId: string | null,
  assigneeId: string | null,
): RoleCheck {
  const rule = STATUS_ACTION_ROLES[status]?.[action] ?? ACTION_ROLES[action];
  if (roles.some((r) => (rule.any as readonly string[]).includes(r))) return 'ok';
  if (!roles.some((r) => (rule.assigned as readonly string[]).includes(r))) return 'role';
  return actorId !== null && actorId === assigneeId ? 'ok' : 'assignment';
}

/** The actions the caller may take now: the status allows them and the role and assignment check passes. */
export function allowedActionsFor(
  status: DossierStatus,
  roles: readonly string[],
  actorId: string | null,
  assigneeId: string | null,
): ActionType[] {
  return (ALLOWED_ACTIONS[status] as readonly ActionType[]).filter(
    (a) => checkActionRole(a, status, roles, actorId, assigneeId) === 'ok',
  );
}
