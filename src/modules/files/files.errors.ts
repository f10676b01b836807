import { type ErrorCatalog, errorsOf } from '../../kernel/errors.ts';

export const FILES_ERRORS = {
  FILE_TOO_LARGE: {
    kind: 'too_large',
    vi: 'Tệp quá lớn so với giới hạn cho phép.',
    en: 'The file is larger than the allowed limit.',
  },
  FILE_TYPE_NOT_ALLOWED: {
    kind: 'unsupported',
    vi: 'Chỉ nhận tệp PDF, JPEG, PNG, DOCX hoặc XLSX.',
    en: 'Only PDF, JPEG, PNG, DOCX or XLSX files are accepted.',
  },
  FILE_EMPTY: { kind: 'invalid', vi: 'Tệp rỗng.', en: 'The file is empty.' },
  FILE_PART_MISSING: {
    kind: 'invalid',
    vi: 'Yêu cầu phải là multipart/form-data có một phần tệp tên "file".',
    en: 'The request must be multipart/form-data with one file part named "file".',
  },
  FILE_NOT_FOUND: { kind: 'not_found', vi: 'Không tìm thấy tệp.', en: 'File not found.' },
  FILE_CHECKSUM_MISMATCH: {
    kind: 'unavailable',
    vi: 'Nội dung tệp trong kho bị sai lệch so với mã kiểm tra; đã chặn việc đọc. Hãy báo quản trị viên.',
    en: 'The stored content does not match its checksum; reading was blocked. Tell an administrator.',
  },
  FILE_CONTENT_MISSING: {
    kind: 'unavailable',
    vi: 'Không tìm thấy nội dung tệp trong kho lưu trữ. Hãy báo quản trị viên.',
    en: 'The file content is missing from the store. Tell an administrator.',
  },
} as const satisfies ErrorCatalog;

export const filesError = errorsOf(FILES_ERRORS);
