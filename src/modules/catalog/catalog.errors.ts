import { type ErrorCatalog, errorsOf } from '../../kernel/errors.ts';

export const CATALOG_ERRORS = {
  PROCEDURE_NOT_FOUND: { kind: 'not_found', vi: 'Không tìm thấy thủ tục.', en: 'Procedure not found.' },
  CATALOG_FILE_MALFORMED: {
    kind: 'invalid',
    vi: 'Tệp danh mục thủ tục bị lỗi; không có dữ liệu nào được nhập.',
    en: 'The catalog file is malformed; nothing was imported.',
  },
  CATALOG_FILE_UNREADABLE: {
    kind: 'invalid',
    vi: 'Không đọc được tệp danh mục thủ tục.',
    en: 'The catalog file cannot be read.',
  },
  NOTHING_TO_VERIFY: {
    kind: 'rule',
    vi: 'Trường này không có giá trị chưa xác minh.',
    en: 'This field has no unverified value.',
  },
  CATALOG_NOT_IMPORTED: {
    kind: 'unavailable',
    vi: 'Danh mục thủ tục chưa được nhập.',
    en: 'The procedure catalog has not been imported yet.',
  },
  CATALOG_EDIT_FORBIDDEN: {
    kind: 'forbidden',
    vi: 'Danh mục thủ tục là dữ liệu dùng chung; chỉ quản trị viên cấp thành phố được sửa.',
    en: 'The procedure catalog is shared reference data; only a city administrator may change it.',
  },
} as const satisfies ErrorCatalog;

export const catalogError = errorsOf(CATALOG_ERRORS);
