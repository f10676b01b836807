import { describe, expect, it } from 'vitest';
import type { Duration } from '../contracts.ts';
import { formatDurationVi, parseProcessingTime, workingHoursOf } from './processing-time.ts';

/** Real phrasings from the curated ward catalog (ward-procedures.json) and what they must give. */
const CASES: [string, Duration, boolean][] = [
  [
    '01 ngày làm việc (Cổng DVCQG, cả 2 trường hợp 1.001193.01/.02); tiếp nhận sau 15 giờ thì có Phiếu hẹn, trả kết quả trong ngày làm việc tiếp theo. Nộp trực tuyến: người yêu cầu xác nhận biểu mẫu GKS điện tử tối đa 1 ngày.',
    { kind: 'same_day', cutoff: '15:00' },
    false,
  ],
  [
    'Tối đa không quá 20 ngày làm việc kể từ ngày nộp đủ hồ sơ; công chức tư pháp-hộ tịch đăng ký khai sinh ngay trong ngày tiếp nhận; Công an đăng ký thường trú trong 15 ngày, BHXH cấp thẻ BHYT trong 10 ngày.',
    { kind: 'working_days', value: 20 },
    false,
  ],
  ['05 ngày làm việc (Cổng DVCQG, trường hợp 1.004884.01).', { kind: 'working_days', value: 5 }, false],
  [
    'Trong ngày cơ quan, tổ chức tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo nếu tiếp nhận sau 15 giờ. Trả kết quả ngày làm việc tiếp theo thì phải có phiếu hẹn ghi rõ giờ, ngày.',
    { kind: 'same_day', cutoff: '15:00' },
    false,
  ],
  [
    'Ngay trong ngày tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo nếu tiếp nhận sau 15 giờ; tính từ khi nhận đủ hồ sơ (trực tiếp, dấu bưu điện hoặc hệ thống DVC ghi nhận).',
    { kind: 'same_day', cutoff: '15:00' },
    false,
  ],
  [
    'Theo Điều 7 NĐ 23/2015 (trong ngày; sau 15 giờ thì ngày làm việc tiếp theo) hoặc có thể kéo dài hơn theo thỏa thuận bằng văn bản (Điều 33).',
    { kind: 'same_day', cutoff: '15:00' },
    false,
  ],
  [
    'Không quá 02 (hai) ngày làm việc kể từ ngày nhận đủ hồ sơ, hoặc dài hơn theo thỏa thuận bằng văn bản (Bình Định, khai nhận di sản).',
    { kind: 'working_days', value: 2 },
    false,
  ],
  [
    'Không quá 11,5 ngày làm việc (vùng khó khăn tăng thêm 10 ngày làm việc).',
    { kind: 'working_days', value: 11.5 },
    false,
  ],
  [
    'Không quá 15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ (vùng khó khăn không quá 25 ngày); Cổng ghi các trường hợp 14 và 15 ngày làm việc.',
    { kind: 'calendar_days', value: 15 },
    false,
  ],
  ['Trong vòng 3 ngày làm việc kể từ khi tiếp nhận đầy đủ hồ sơ hợp lệ.', { kind: 'working_days', value: 3 }, false],
  ['Trong một ngày (QĐND đưa tin quyết định sửa đổi thủ tục).', { kind: 'calendar_days', value: 1 }, false],
  [
    'Tổng thời gian khoảng 10-15 ngày làm việc sau cải cách (chưa xác minh)',
    { kind: 'working_days', value: 15 },
    false,
  ],
  [
    "Cổng DVCQG: 05 (đơn vị 'khác'); trường hợp 2.000554.01: 08 ngày làm việc.",
    { kind: 'working_days', value: 8 },
    true,
  ],
  ["Cổng DVCQG: 03 (đơn vị 'khác') cho mọi hình thức nộp.", { kind: 'unknown' }, true],
  ['Cổng DVCQG: 01 hoặc 03 ngày làm việc tùy trường hợp.', { kind: 'working_days', value: 3 }, false],
  ['Trong thời hạn 10 ngày kể từ ngày nhận được đơn.', { kind: 'calendar_days', value: 10 }, false],
  ['Thời hạn 3 tháng kể từ ngày nhận đơn.', { kind: 'months', value: 3 }, false],
  ['Trả kết quả trong 4 giờ làm việc.', { kind: 'working_hours', value: 4 }, false],
];

describe('parseProcessingTime', () => {
  it.each(CASES)('%s', (text, duration, needsReview) => {
    const parsed = parseProcessingTime(text);
    expect(parsed.duration).toEqual(duration);
    expect(parsed.needsReview).toBe(needsReview);
  });

  it('flags empty and missing text for review', () => {
    expect(parseProcessingTime(null)).toMatchObject({ duration: { kind: 'unknown' }, needsReview: true });
    expect(parseProcessingTime('   ')).toMatchObject({ duration: { kind: 'unknown' }, needsReview: true });
    expect(parseProcessingTime('Theo quy định của pháp luật')).toMatchObject({
      duration: { kind: 'unknown' },
      needsReview: true,
    });
  });

  it('never reads a cut-off hour, a procedure code or a legal reference as the duration', () => {
    expect(parseProcessingTime('05 ngày làm việc; nhận sau 15 giờ thì tính từ ngày hôm sau').duration).toEqual({
      kind: 'working_days',
      value: 5,
    });
    expect(parseProcessingTime('Theo NĐ 23/2015: 02 ngày làm việc').duration).toEqual({
      kind: 'working_days',
      value: 2,
    });
    expect(parseProcessingTime('trường hợp 1.004837.01: 05 ngày làm việc').duration).toEqual({
      kind: 'working_days',
      value: 5,
    });
  });

  it('keeps every mention for the reviewer', () => {
    const parsed = parseProcessingTime('Không quá 08 ngày làm việc (vùng khó khăn không quá 18 ngày làm việc).');
    expect(parsed.mentions).toEqual([
      { kind: 'working_days', value: 8 },
      { kind: 'working_days', value: 18 },
    ]);
  });

  it('reads a later cut-off hour', () => {
    expect(parseProcessingTime('Trong ngày; nhận sau 16 giờ thì trả ngày làm việc tiếp theo').duration).toEqual({
      kind: 'same_day',
      cutoff: '16:00',
    });
  });
});

describe('workingHoursOf and formatDurationVi', () => {
  it('counts 8 working hours per working day', () => {
    expect(workingHoursOf({ kind: 'working_days', value: 7 })).toBe(56);
    expect(workingHoursOf({ kind: 'calendar_days', value: 7 })).toBeUndefined();
  });
  it('prints Vietnamese labels', () => {
    expect(formatDurationVi({ kind: 'working_days', value: 5 })).toBe('5 ngày làm việc');
    expect(formatDurationVi({ kind: 'same_day', cutoff: '15:00' })).toContain('15:00');
  });
});
