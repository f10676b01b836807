import { type ErrorCatalog, errorsOf } from '../../kernel/errors.ts';

export const IDENTITY_ERRORS = {
  LOGIN_FAILED: { kind: 'unauthenticated', vi: 'Sai tên đăng nhập hoặc mật khẩu.', en: 'Wrong username or password.' },
  ACCOUNT_LOCKED: {
    kind: 'rate_limited',
    vi: 'Tài khoản tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau.',
    en: 'Account temporarily locked after repeated failed sign-ins. Try again later.',
  },
  LOGIN_RATE_LIMITED: {
    kind: 'rate_limited',
    vi: 'Quá nhiều lần đăng nhập sai từ địa chỉ này. Vui lòng thử lại sau.',
    en: 'Too many failed sign-ins from this address. Try again later.',
  },
  SESSION_EXPIRED: { kind: 'unauthenticated', vi: 'Phiên đăng nhập đã hết hạn.', en: 'Your session has expired.' },
  TOKEN_INVALID: {
    kind: 'unauthenticated',
    vi: 'Mã truy cập không hợp lệ hoặc đã bị thu hồi.',
    en: 'Invalid or revoked token.',
  },
  WRONG_PASSWORD: { kind: 'rule', vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
  WARD_NOT_FOUND: { kind: 'not_found', vi: 'Không tìm thấy phường/xã.', en: 'Ward not found.' },
  WARD_NOT_GRANTED: { kind: 'forbidden', vi: 'Bạn không quản lý phường/xã này.', en: 'You do not manage this ward.' },
  STAFF_NOT_FOUND: { kind: 'not_found', vi: 'Không tìm thấy cán bộ.', en: 'Staff member not found.' },
  USERNAME_TAKEN: { kind: 'conflict', vi: 'Tên đăng nhập đã được sử dụng.', en: 'This username is taken.' },
  DEPARTMENT_NOT_FOUND: { kind: 'not_found', vi: 'Không tìm thấy phòng ban.', en: 'Department not found.' },
  DEPARTMENT_CODE_TAKEN: { kind: 'conflict', vi: 'Mã phòng ban đã tồn tại.', en: 'This department code exists.' },
  DEVICE_NOT_FOUND: { kind: 'not_found', vi: 'Không tìm thấy thiết bị.', en: 'Device not found.' },
  DEVICE_NAME_TAKEN: { kind: 'conflict', vi: 'Tên thiết bị đã tồn tại.', en: 'This device name exists.' },
  TOKEN_NOT_FOUND: { kind: 'not_found', vi: 'Không tìm thấy mã truy cập.', en: 'Token not found.' },
  SESSION_NOT_FOUND: { kind: 'not_found', vi: 'Không tìm thấy phiên đăng nhập.', en: 'Session not found.' },
  CANNOT_DISABLE_SELF: {
    kind: 'rule',
    vi: 'Không thể tự khóa hoặc bỏ quyền quản trị của chính mình.',
    en: 'You cannot disable yourself or remove your own admin role.',
  },
  AUDIT_CHAIN_BROKEN: { kind: 'conflict', vi: 'Chuỗi nhật ký bị sai lệch.', en: 'The audit chain is broken.' },
} as const satisfies ErrorCatalog;

export const identityError = errorsOf(IDENTITY_ERRORS);
