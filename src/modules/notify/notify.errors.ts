import { type ErrorCatalog, errorsOf } from '../../kernel/errors.ts';

export const NOTIFY_ERRORS = {
  NOTIFICATION_NOT_FOUND: { kind: 'not_found', vi: 'Không tìm thấy thông báo.', en: 'Notification not found.' },
  NOTIFICATION_NOT_RETRYABLE: {
    kind: 'conflict',
    vi: 'Thông báo đã gửi hoặc đang gửi, không thể gửi lại.',
    en: 'The notification is sent or being sent; it cannot be retried.',
  },
  NOTIFICATION_RECIPIENT_INVALID: {
    kind: 'invalid',
    vi: 'Địa chỉ nhận không hợp lệ (email hoặc số điện thoại).',
    en: 'Invalid recipient (email address or phone number).',
  },
  NOTIFICATION_TEMPLATE_DATA_INVALID: {
    kind: 'invalid',
    vi: 'Dữ liệu của mẫu thông báo không hợp lệ.',
    en: 'The notification template data is invalid.',
  },
} as const satisfies ErrorCatalog;

export const notifyError = errorsOf(NOTIFY_ERRORS);
