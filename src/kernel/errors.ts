/**
 * Typed, coded errors. Every module lists its codes once in `<module>.errors.ts` with a Vietnamese and an
 * English message; the HTTP layer maps `kind` to a status in exactly one place (src/server/error-handler.ts).
 * Domain code never mentions HTTP.
 */
export type ErrorKind =
  | 'invalid' // bad input (400)
  | 'unauthenticated' // 401
  | 'forbidden' // 403
  | 'not_found' // 404
  | 'conflict' // wrong state, version mismatch, duplicate (409)
  | 'too_large' // 413
  | 'unsupported' // 415
  | 'rate_limited' // 429
  | 'rule' // a business rule refuses (422)
  | 'unavailable'; // 503

export interface ErrorSpec {
  readonly kind: ErrorKind;
  readonly vi: string;
  readonly en: string;
}

export type ErrorCatalog = Record<string, ErrorSpec>;

export class DomainError extends Error {
  readonly code: string;
  readonly kind: ErrorKind;
  readonly messageVi: string;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: string, spec: ErrorSpec, details?: Record<string, unknown>) {
    super(spec.en);
    this.name = 'DomainError';
    this.code = code;
    this.kind = spec.kind;
    this.messageVi = spec.vi;
    this.details = details;
  }
}

/**
 * Binds a module's catalog: `const fail = errorsOf(IDENTITY_ERRORS); throw fail('STAFF_NOT_FOUND', { id })`.
 * The code argument is checked against the catalog by the compiler.
 */
export function errorsOf<C extends ErrorCatalog>(catalog: C) {
  return (code: keyof C & string, details?: Record<string, unknown>): DomainError =>
    new DomainError(code, catalog[code] as ErrorSpec, details);
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}

/** Codes shared by every module: transport-level failures raised by the server plugins. */
export const COMMON_ERRORS = {
  VALIDATION_FAILED: { kind: 'invalid', vi: 'Dữ liệu gửi lên không hợp lệ.', en: 'The request data is invalid.' },
  MALFORMED_JSON: { kind: 'invalid', vi: 'Nội dung JSON bị lỗi cú pháp.', en: 'The JSON body is malformed.' },
  BODY_TOO_LARGE: { kind: 'too_large', vi: 'Nội dung gửi lên quá lớn.', en: 'The request body is too large.' },
  UNSUPPORTED_MEDIA_TYPE: {
    kind: 'unsupported',
    vi: 'Định dạng nội dung không được hỗ trợ.',
    en: 'The content type is not supported.',
  },
  ROUTE_NOT_FOUND: { kind: 'not_found', vi: 'Không tìm thấy địa chỉ yêu cầu.', en: 'No such endpoint.' },
  AUTH_REQUIRED: { kind: 'unauthenticated', vi: 'Vui lòng đăng nhập.', en: 'Please sign in.' },
  FORBIDDEN: { kind: 'forbidden', vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You may not do this.' },
  CSRF_FAILED: {
    kind: 'forbidden',
    vi: 'Phiên làm việc không hợp lệ (CSRF). Hãy tải lại trang.',
    en: 'Invalid CSRF token. Reload the page.',
  },
  RATE_LIMITED: {
    kind: 'rate_limited',
    vi: 'Quá nhiều yêu cầu, vui lòng thử lại sau.',
    en: 'Too many requests, try later.',
  },
  VERSION_CONFLICT: {
    kind: 'conflict',
    vi: 'Dữ liệu đã được người khác thay đổi. Hãy tải lại và thử lại.',
    en: 'Someone else changed this record. Reload and try again.',
  },
  IDEMPOTENCY_KEY_REUSED: {
    kind: 'conflict',
    vi: 'Khóa Idempotency-Key đã dùng cho một yêu cầu khác.',
    en: 'This Idempotency-Key was used for a different request.',
  },
  DATABASE_BUSY: {
    kind: 'unavailable',
    vi: 'Cơ sở dữ liệu đang được một tiến trình khác sử dụng.',
    en: 'The database is held by another process.',
  },
  INTERNAL: { kind: 'unavailable', vi: 'Lỗi hệ thống, vui lòng thử lại.', en: 'Internal error, please retry.' },
} as const satisfies ErrorCatalog;

export const commonError = errorsOf(COMMON_ERRORS);
