import { type ErrorCatalog, errorsOf } from '../../kernel/errors.ts';

export const DOSSIER_ERRORS = {
  DOSSIER_NOT_FOUND: { kind: 'not_found', vi: 'Không tìm thấy hồ sơ.', en: 'Dossier not found.' },
  DOSSIER_PROCEDURE_UNKNOWN: {
    kind: 'rule',
    vi: 'Thủ tục hành chính không có trong danh mục.',
    en: 'The procedure is not in the catalog.',
  },
  DOSSIER_PROCEDURE_NOT_AT_CENTER: {
    kind: 'rule',
    vi: 'Thủ tục này không tiếp nhận tại Trung tâm phục vụ hành chính công phường.',
    en: 'This procedure is not received at the ward service center.',
  },
  DOSSIER_MISSING_DOCUMENTS: {
    kind: 'rule',
    vi: 'Hồ sơ thiếu giấy tờ bắt buộc: không thể tiếp nhận, hãy yêu cầu bổ sung.',
    en: 'Required documents are missing: the dossier cannot be received; request a supplement.',
  },
  DOSSIER_DOCUMENT_UNKNOWN: {
    kind: 'rule',
    vi: 'Giấy tờ không thuộc danh mục của thủ tục.',
    en: 'The document is not in the procedure checklist.',
  },
  DOSSIER_FILE_NOT_FOUND: { kind: 'rule', vi: 'Không tìm thấy tệp đính kèm.', en: 'The attached file was not found.' },
  DOSSIER_OUTCOME_INCOMPLETE: {
    kind: 'invalid',
    vi: 'Thiếu danh sách giấy tờ cần bổ sung, lý do, hoặc lý do từ chối.',
    en: 'The missing items, the reason, or the refusal reasons are missing.',
  },
  DOSSIER_VERSION_REQUIRED: {
    kind: 'invalid',
    vi: 'Cần gửi phiên bản hồ sơ (version hoặc If-Match).',
    en: 'Send the dossier version (version or If-Match).',
  },
  DOSSIER_WRONG_STATE: {
    kind: 'conflict',
    vi: 'Không thể thực hiện thao tác này ở trạng thái hiện tại của hồ sơ.',
    en: 'This action is not possible in the dossier’s current status.',
  },
  DOSSIER_ACTION_NOT_ALLOWED: {
    kind: 'forbidden',
    vi: 'Vai trò của bạn không được thực hiện thao tác này trên hồ sơ.',
    en: 'Your role may not take this action on the dossier.',
  },
  DOSSIER_NOT_ASSIGNED_TO_YOU: {
    kind: 'forbidden',
    vi: 'Hồ sơ không được phân công cho bạn.',
    en: 'The dossier is not assigned to you.',
  },
  DOSSIER_ASSIGNEE_INVALID: {
    kind: 'rule',
    vi: 'Người được phân công phải là chuyên viên đang hoạt động của phường.',
    en: 'The assignee must be an active specialist of the ward.',
  },
  DOSSIER_DEPARTMENT_NOT_FOUND: { kind: 'rule', vi: 'Không tìm thấy phòng ban.', en: 'Department not found.' },
  DOSSIER_SUPPLEMENT_ALREADY_REQUESTED: {
    kind: 'rule',
    vi: 'Hồ sơ đã được yêu cầu bổ sung một lần; lần thứ hai chỉ là ngoại lệ và tính là trễ hạn.',
    en: 'A supplement was already requested once; a second request is exceptional and counts as late.',
  },
  DOSSIER_ALREADY_RESCHEDULED: {
    kind: 'rule',
    vi: 'Hồ sơ đã được xin lỗi và hẹn lại một lần; pháp luật chỉ cho phép hẹn lại một lần.',
    en: 'The dossier was already rescheduled once; only one reschedule is legal.',
  },
  DOSSIER_NEW_DATE_INVALID: {
    kind: 'rule',
    vi: 'Ngày hẹn mới phải là ngày làm việc sau ngày hẹn hiện tại.',
    en: 'The new date must be a working day after the current appointment.',
  },
  DOSSIER_NO_DEADLINE: {
    kind: 'rule',
    vi: 'Hồ sơ chưa có ngày hẹn trả kết quả.',
    en: 'The dossier has no appointment yet.',
  },
  DOSSIER_FORM_NOT_APPLICABLE: {
    kind: 'rule',
    vi: 'Biểu mẫu này không áp dụng cho hồ sơ ở trạng thái hiện tại.',
    en: 'This form does not apply to the dossier in its current state.',
  },
  DOSSIER_LOOKUP_FAILED: {
    kind: 'not_found',
    vi: 'Mã hồ sơ hoặc mã tra cứu không đúng.',
    en: 'Wrong dossier code or lookup secret.',
  },
  DOSSIER_LOOKUP_RATE_LIMITED: {
    kind: 'rate_limited',
    vi: 'Tra cứu sai quá nhiều lần. Vui lòng thử lại sau 15 phút.',
    en: 'Too many failed lookups. Try again in 15 minutes.',
  },
  DOSSIER_PERIOD_INVALID: {
    kind: 'invalid',
    vi: 'Khoảng thời gian không hợp lệ (từ ngày ≤ đến ngày, tối đa 366 ngày).',
    en: 'Invalid period (from ≤ to, at most 366 days).',
  },
  DOSSIER_LEGACY_CODE_TAKEN: {
    kind: 'conflict',
    vi: 'Mã hồ sơ cũ đã được dùng cho một hồ sơ khác của phường; kiểm tra hồ sơ trùng trước khi xử lý.',
    en: 'The old dossier code is already used by another dossier of the ward; check for a duplicate first.',
  },
  DOSSIER_LEGACY_DATA_INVALID: {
    kind: 'invalid',
    vi: 'Dữ liệu hồ sơ kế thừa không hợp lệ (xem chi tiết); sửa trong danh sách tồn đọng rồi thử lại.',
    en: 'The inherited dossier data is invalid (see details); correct it in the backlog and try again.',
  },
  DOSSIER_PROCEDURE_NOT_ONLINE: {
    kind: 'rule',
    vi: 'Thủ tục này chưa nhận hồ sơ trực tuyến: vui lòng nộp tại Trung tâm.',
    en: 'This procedure is not accepted online: please apply at the center.',
  },
} as const satisfies ErrorCatalog;

export type DossierErrorCode = keyof typeof DOSSIER_ERRORS;
export const dossierError = errorsOf(DOSSIER_ERRORS);
