import { type ErrorCatalog, errorsOf } from '../../kernel/errors.ts';

export const QUEUE_ERRORS = {
  QUEUE_GROUP_NOT_FOUND: { kind: 'not_found', vi: 'Không có nhóm dịch vụ này.', en: 'No such service group.' },
  QUEUE_GROUP_INACTIVE: {
    kind: 'rule',
    vi: 'Nhóm dịch vụ này đang tạm ngừng cấp số.',
    en: 'This service group is not issuing tickets now.',
  },
  QUEUE_FIELD_TAKEN: {
    kind: 'conflict',
    vi: 'Lĩnh vực này đã được gán cho nhóm khác.',
    en: 'This field is already mapped to another group.',
  },
  QUEUE_COUNTER_NOT_FOUND: { kind: 'not_found', vi: 'Không tìm thấy quầy.', en: 'Counter not found.' },
  QUEUE_COUNTER_NUMBER_TAKEN: { kind: 'conflict', vi: 'Số quầy đã tồn tại.', en: 'This counter number exists.' },
  QUEUE_COUNTER_INACTIVE: { kind: 'rule', vi: 'Quầy đang ngừng phục vụ.', en: 'This counter is out of service.' },
  QUEUE_COUNTER_TAKEN: {
    kind: 'conflict',
    vi: 'Đã có cán bộ khác đăng nhập quầy này.',
    en: 'Another officer is signed in to this counter.',
  },
  QUEUE_COUNTER_BUSY: {
    kind: 'conflict',
    vi: 'Quầy đang có số chưa xử lý xong: hãy kết thúc, tạm dừng, chuyển hoặc báo vắng trước.',
    en: 'The counter still has a ticket: finish, hold, transfer or mark it no-show first.',
  },
  QUEUE_NOT_SIGNED_IN: {
    kind: 'forbidden',
    vi: 'Bạn chưa đăng nhập quầy này.',
    en: 'You are not signed in to this counter.',
  },
  QUEUE_TICKET_NOT_FOUND: { kind: 'not_found', vi: 'Không tìm thấy số thứ tự.', en: 'Ticket not found.' },
  QUEUE_TICKET_WRONG_STATE: {
    kind: 'conflict',
    vi: 'Không thể thực hiện thao tác này ở trạng thái hiện tại của số.',
    en: 'This action is not allowed in the ticket’s current state.',
  },
  QUEUE_TICKET_AT_OTHER_COUNTER: {
    kind: 'forbidden',
    vi: 'Số này đang ở quầy khác.',
    en: 'This ticket is at another counter.',
  },
  QUEUE_TICKET_NOT_SERVED_HERE: {
    kind: 'rule',
    vi: 'Quầy này không phục vụ nhóm của số này.',
    en: 'This counter does not serve the ticket’s group.',
  },
  QUEUE_NO_SHOW_TOO_EARLY: {
    kind: 'rule',
    vi: 'Cần gọi lại đủ số lần quy định trước khi báo vắng mặt.',
    en: 'Recall the ticket the configured number of times before marking it no-show.',
  },
  QUEUE_TRANSFER_SAME_GROUP: {
    kind: 'rule',
    vi: 'Số đã thuộc nhóm này.',
    en: 'The ticket is already in this group.',
  },
  QUEUE_CHANNEL_NOT_ALLOWED: {
    kind: 'rule',
    vi: 'Kênh cấp số không khớp với thiết bị hoặc người cấp.',
    en: 'The channel does not match the issuing device or person.',
  },
  QUEUE_ALREADY_RATED: { kind: 'conflict', vi: 'Số này đã được đánh giá.', en: 'This ticket has been rated.' },
  QUEUE_NOT_RATABLE: {
    kind: 'rule',
    vi: 'Chỉ đánh giá được sau khi đã phục vụ xong.',
    en: 'A ticket can be rated only after its service finished.',
  },
  QUEUE_SLOT_NOT_FOUND: { kind: 'not_found', vi: 'Không tìm thấy khung giờ hẹn.', en: 'Appointment slot not found.' },
  QUEUE_SLOT_FULL: { kind: 'conflict', vi: 'Khung giờ này đã hết chỗ.', en: 'This slot is fully booked.' },
  QUEUE_SLOT_PAST: { kind: 'rule', vi: 'Khung giờ này đã qua.', en: 'This slot is in the past.' },
  QUEUE_SLOT_INVALID: {
    kind: 'invalid',
    vi: 'Giờ kết thúc phải sau giờ bắt đầu.',
    en: 'A slot must end after it starts.',
  },
  QUEUE_ALREADY_BOOKED: {
    kind: 'conflict',
    vi: 'Số điện thoại này đã đặt khung giờ này.',
    en: 'This phone number already booked this slot.',
  },
  QUEUE_APPOINTMENT_NOT_FOUND: {
    kind: 'not_found',
    vi: 'Không tìm thấy lịch hẹn với mã này.',
    en: 'No appointment with this code.',
  },
  QUEUE_APPOINTMENT_WRONG_STATE: {
    kind: 'conflict',
    vi: 'Lịch hẹn đã được sử dụng, đã hủy hoặc đã quá hạn.',
    en: 'The appointment was already used, cancelled or missed.',
  },
  QUEUE_APPOINTMENT_TOO_EARLY: {
    kind: 'rule',
    vi: 'Chưa đến giờ xác nhận lịch hẹn. Vui lòng quay lại gần giờ hẹn hoặc lấy số thường.',
    en: 'Too early to check in. Come back closer to the slot, or take a regular ticket.',
  },
  QUEUE_APPOINTMENT_TOO_LATE: {
    kind: 'rule',
    vi: 'Đã quá giờ hẹn. Vui lòng lấy số thường.',
    en: 'The appointment slot has passed. Please take a regular ticket.',
  },
  QUEUE_CSV_INVALID: {
    kind: 'invalid',
    vi: 'Tệp CSV lượt đến không hợp lệ.',
    en: 'The arrivals CSV is malformed.',
  },
  QUEUE_SIMULATION_INVALID: {
    kind: 'invalid',
    vi: 'Tham số mô phỏng không hợp lệ.',
    en: 'Invalid simulation options.',
  },
  QUEUE_STAFFING_INVALID: {
    kind: 'invalid',
    vi: 'Tham số tính số quầy không hợp lệ.',
    en: 'Invalid staffing options.',
  },
} as const satisfies ErrorCatalog;

export type QueueErrorCode = keyof typeof QUEUE_ERRORS;
export const queueError = errorsOf(QUEUE_ERRORS);
