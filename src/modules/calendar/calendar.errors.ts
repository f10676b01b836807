import { type ErrorCatalog, errorsOf } from '../../kernel/errors.ts';

export const CALENDAR_ERRORS = {
  CALENDAR_SCHEDULE_INVALID: {
    kind: 'invalid',
    vi: 'Tệp lịch nghỉ không hợp lệ; không có dữ liệu nào được nhập.',
    en: 'The holiday schedule file is invalid; nothing was imported.',
  },
  CALENDAR_FILE_UNREADABLE: {
    kind: 'invalid',
    vi: 'Không đọc được tệp lịch nghỉ.',
    en: 'The schedule file cannot be read.',
  },
  CALENDAR_YEAR_OUT_OF_RANGE: {
    kind: 'invalid',
    vi: 'Năm nằm ngoài phạm vi lịch đã nạp (1900–2100).',
    en: 'The year is outside the loaded calendar range (1900–2100).',
  },
  CALENDAR_YEAR_NOT_ANNOUNCED: {
    kind: 'rule',
    vi: 'Năm này chưa có lịch nghỉ công bố; hãy nhập lịch cả năm trước khi sửa từng ngày.',
    en: 'This year has no announced schedule; import the whole year before editing single days.',
  },
  CALENDAR_ENTRY_NOT_FOUND: { kind: 'not_found', vi: 'Không có ngày nghỉ này.', en: 'No such schedule entry.' },
  CALENDAR_WARD_NOT_FOUND: { kind: 'not_found', vi: 'Không tìm thấy phường/xã.', en: 'No such ward.' },
  CALENDAR_SETTINGS_INVALID: {
    kind: 'invalid',
    vi: 'Cấu hình giờ làm việc không hợp lệ.',
    en: 'The office-hours settings are invalid.',
  },
  CALENDAR_INVALID_INSTANT: {
    kind: 'invalid',
    vi: 'Thời điểm không hợp lệ (dùng ISO 8601, ví dụ 2026-02-12T10:00:00+07:00).',
    en: 'Invalid instant (use ISO 8601, e.g. 2026-02-12T10:00:00+07:00).',
  },
  CALENDAR_INVALID_DURATION: {
    kind: 'invalid',
    vi: 'Thời hạn xử lý không hợp lệ.',
    en: 'Invalid processing duration.',
  },
  CALENDAR_RESUME_BEFORE_PAUSE: {
    kind: 'invalid',
    vi: 'Thời điểm tiếp tục xử lý không được trước thời điểm tạm dừng.',
    en: 'A clock cannot resume before it was paused.',
  },
  CALENDAR_NO_WORKING_TIME: {
    kind: 'rule',
    vi: 'Lịch không có giờ làm việc nào trong khoảng thời gian cần tính.',
    en: 'The calendar has no working time in the period to compute.',
  },
  CALENDAR_NATIONAL_EDIT_FORBIDDEN: {
    kind: 'forbidden',
    vi: 'Chỉ quản trị viên cấp thành phố được sửa lịch nghỉ chung toàn quốc.',
    en: 'Only a city administrator may edit the national holiday schedule.',
  },
} as const satisfies ErrorCatalog;

export type CalendarErrorCode = keyof typeof CALENDAR_ERRORS;
export const calendarError = errorsOf(CALENDAR_ERRORS);
