import { type ErrorCatalog, errorsOf } from '../../kernel/errors.ts';

export const BACKLOG_ERRORS = {
  BACKLOG_FILE_EMPTY: { kind: 'invalid', vi: 'Tệp tải lên rỗng.', en: 'The uploaded file is empty.' },
  BACKLOG_FILE_MISSING: {
    kind: 'invalid',
    vi: 'Thiếu tệp tải lên (trường "file").',
    en: 'No file was uploaded (field "file").',
  },
  BACKLOG_FORMAT_UNSUPPORTED: {
    kind: 'unsupported',
    vi: 'Định dạng tệp không được hỗ trợ; hãy lưu thành .xlsx hoặc .csv. Không có dữ liệu nào được nhập.',
    en: 'Unsupported file format; save it as .xlsx or .csv. Nothing was imported.',
  },
  BACKLOG_FILE_UNREADABLE: {
    kind: 'invalid',
    vi: 'Không đọc được tệp (không phải bảng tính hay CSV hợp lệ). Không có dữ liệu nào được nhập.',
    en: 'The file cannot be read (not a valid spreadsheet or CSV). Nothing was imported.',
  },
  BACKLOG_FILE_CORRUPT: {
    kind: 'invalid',
    vi: 'Tệp Excel bị hỏng hoặc không đầy đủ. Không có dữ liệu nào được nhập.',
    en: 'The Excel file is damaged or truncated. Nothing was imported.',
  },
  BACKLOG_HEADER_NOT_FOUND: {
    kind: 'invalid',
    vi: 'Không tìm thấy dòng tiêu đề cột (Mã hồ sơ, Ngày nhận, Tên thủ tục…). Không có dữ liệu nào được nhập.',
    en: 'No header row found (Mã hồ sơ, Ngày nhận, Tên thủ tục…). Nothing was imported.',
  },
  BACKLOG_COLUMNS_MISSING: {
    kind: 'invalid',
    vi: 'Tệp thiếu cột bắt buộc (mã hồ sơ, ngày nhận, tên hoặc mã thủ tục). Không có dữ liệu nào được nhập.',
    en: 'Required columns are missing (dossier code, receipt date, procedure name or code). Nothing was imported.',
  },
  BACKLOG_HEADERS_UNCONFIRMED: {
    kind: 'rule',
    vi: 'Có cột chưa xác định; hãy chọn trường tương ứng, giữ làm dữ liệu thêm hoặc bỏ qua.',
    en: 'Some headers are unknown; map each to a field, keep it as extra data, or ignore it.',
  },
  BACKLOG_IMPORT_NOT_FOUND: { kind: 'not_found', vi: 'Không tìm thấy lượt nhập.', en: 'Import not found.' },
  BACKLOG_IMPORT_NOT_PENDING: {
    kind: 'conflict',
    vi: 'Lượt nhập này đã được xử lý.',
    en: 'This import has already been processed.',
  },
  BACKLOG_ITEM_NOT_FOUND: { kind: 'not_found', vi: 'Không tìm thấy hồ sơ tồn đọng.', en: 'Backlog item not found.' },
  BACKLOG_ITEM_WRONG_STATE: {
    kind: 'conflict',
    vi: 'Hồ sơ tồn đọng không ở trạng thái cho phép thao tác này.',
    en: 'The backlog item is not in a state that allows this.',
  },
  BACKLOG_ITEM_NOT_COMPETENT: {
    kind: 'rule',
    vi: 'Hồ sơ không thuộc thẩm quyền của phường; hãy chuyển cho cơ quan có thẩm quyền.',
    en: 'The item is outside the ward’s competence; transfer it to the competent body.',
  },
  BACKLOG_PROCEDURE_UNKNOWN: {
    kind: 'rule',
    vi: 'Mã thủ tục không có trong danh mục.',
    en: 'The procedure code is not in the catalog.',
  },
  BACKLOG_DUPLICATE_NOT_FOUND: {
    kind: 'not_found',
    vi: 'Không tìm thấy cặp hồ sơ nghi trùng.',
    en: 'Likely-duplicate pair not found.',
  },
  BACKLOG_NO_STAFF: {
    kind: 'rule',
    vi: 'Chưa khai báo cán bộ xử lý tồn đọng (lĩnh vực, số giờ mỗi ngày).',
    en: 'No officers are set up for the backlog (fields, hours per day).',
  },
  BACKLOG_NO_MILESTONES: {
    kind: 'rule',
    vi: 'Chưa có mốc tiến độ (ngày, tỷ lệ hồ sơ phải giải quyết).',
    en: 'No milestones are set (date, share of the backlog to clear).',
  },
  BACKLOG_PLAN_INPUT_INVALID: {
    kind: 'invalid',
    vi: 'Dữ liệu đầu vào lập kế hoạch không hợp lệ.',
    en: 'The planning input is invalid.',
  },
  BACKLOG_PLAN_NOT_FOUND: { kind: 'not_found', vi: 'Chưa có kế hoạch.', en: 'No plan found.' },
  BACKLOG_STAFF_UNKNOWN: {
    kind: 'rule',
    vi: 'Cán bộ không thuộc danh sách xử lý tồn đọng của phường.',
    en: 'The officer is not on the ward’s backlog staff list.',
  },
  BACKLOG_CONVERSION_UNAVAILABLE: {
    kind: 'unavailable',
    vi: 'Chưa thể chuyển hồ sơ tồn đọng thành hồ sơ đang xử lý (chức năng hồ sơ chưa sẵn sàng).',
    en: 'Backlog items cannot be converted into live dossiers yet (the dossiers function is not available).',
  },
} as const satisfies ErrorCatalog;

export type BacklogErrorCode = keyof typeof BACKLOG_ERRORS;
export const backlogError = errorsOf(BACKLOG_ERRORS);
