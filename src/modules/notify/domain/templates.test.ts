import { describe, expect, it } from 'vitest';
import { normalisePhone, TemplateName } from '../contracts.ts';
import { backoffMs } from './backoff.ts';
import { maskRecipient, scrubRecipient } from './mask.ts';
import { renderTemplate, TEMPLATE_DATA, type TemplateData } from './templates.ts';

const SAMPLES: { [T in TemplateName]: TemplateData<T> } = {
  receipt: {
    wardName: 'Phường An Khánh',
    citizenName: 'Nguyễn Văn A',
    dossierCode: 'H29.123-260101-0001',
    procedureName: 'Chứng thực bản sao',
    receivedOn: '2026-11-26',
    dueOn: '2026-12-01',
    lookupUrl: 'https://motcua.example.vn/tra-cuu',
  },
  'supplement-request': {
    wardName: 'Phường An Khánh',
    citizenName: 'Trần Thị B',
    dossierCode: 'H29-2',
    missing: ['Bản sao CCCD', 'Giấy ủy quyền'],
  },
  'result-ready': {
    wardName: 'Phường An Khánh',
    citizenName: 'Lê C',
    dossierCode: 'H29-3',
    procedureName: 'Đăng ký khai sinh',
    pickupPlace: 'Quầy số 2',
  },
  apology: {
    wardName: 'Phường An Khánh',
    citizenName: 'Phạm D',
    dossierCode: 'H29-4',
    previousDueOn: '2026-11-20',
    newDueOn: '2026-11-27',
    reason: 'cần xác minh thêm',
  },
  'ticket-near': { wardName: 'Phường An Khánh', ticketNumber: 'A012', ahead: 3 },
  'appointment-reminder': {
    wardName: 'Phường An Khánh',
    citizenName: 'Võ E',
    procedureName: 'Đăng ký kết hôn',
    date: '2026-12-02',
    time: '08:30',
    place: 'Quầy số 1',
  },
  'deadline-warning': {
    wardName: 'Phường An Khánh',
    staffName: 'Võ Thanh Sơn',
    dossierCode: 'H29.123-260101-0001',
    procedureName: 'Đăng ký kết hôn',
    kind: 'due-soon',
    dueOn: '2026-12-02',
    dueAt: '17:00',
  },
};

describe('templates', () => {
  it('renders every template in Vietnamese and English', () => {
    for (const name of TemplateName.options) {
      const vi = renderTemplate(name, 'vi', SAMPLES[name] as never);
      const en = renderTemplate(name, 'en', SAMPLES[name] as never);
      expect(vi.subject.length).toBeGreaterThan(5);
      expect(vi.body).not.toEqual(en.body);
      expect(vi.body).not.toMatch(/undefined|\[object/);
      expect(en.body).not.toMatch(/undefined|\[object/);
    }
    expect(Object.keys(TEMPLATE_DATA).sort()).toEqual([...TemplateName.options].sort());
  });

  it('says how many people are ahead and shows dates as dd/mm/yyyy', () => {
    expect(renderTemplate('ticket-near', 'vi', SAMPLES['ticket-near']).body).toContain('còn 3 người trước bạn');
    expect(renderTemplate('ticket-near', 'en', { ...SAMPLES['ticket-near'], ahead: 1 }).body).toContain(
      '1 person ahead',
    );
    const receipt = renderTemplate('receipt', 'vi', SAMPLES.receipt);
    expect(receipt.body).toContain('Ngày hẹn trả kết quả: 01/12/2026.');
    expect(receipt.subject).toBe('Biên nhận hồ sơ H29.123-260101-0001');
    expect(renderTemplate('supplement-request', 'vi', SAMPLES['supplement-request']).body).toContain(
      'Bản sao CCCD; Giấy ủy quyền',
    );
  });

  it('refuses data that does not fit the template', () => {
    expect(() => renderTemplate('receipt', 'vi', { ...SAMPLES.receipt, dueOn: '01/12/2026' })).toThrow();
    expect(() =>
      renderTemplate('appointment-reminder', 'en', { ...SAMPLES['appointment-reminder'], time: '8h' }),
    ).toThrow();
  });
});

describe('recipients', () => {
  it('normalises Vietnamese mobile numbers to E.164 and refuses others', () => {
    expect(normalisePhone('0912 345 678')).toBe('+84912345678');
    expect(normalisePhone('+84 912.345.678')).toBe('+84912345678');
    expect(normalisePhone('84912345678')).toBe('+84912345678');
    expect(normalisePhone('0212345678')).toBeUndefined();
    expect(normalisePhone('12345')).toBeUndefined();
  });

  it('masks emails and phones, also inside error texts', () => {
    expect(maskRecipient('nguyen.van.a@gmail.com')).toBe('n***@gmail.com');
    expect(maskRecipient('+84912345678')).toBe('+849*****678');
    expect(scrubRecipient('550 <a.b@x.vn> unknown', 'a.b@x.vn')).toBe('550 <a***@x.vn> unknown');
  });
});

describe('backoff', () => {
  it('doubles from 30 s and stops at one hour', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(backoffMs(20)).toBe(3_600_000);
  });
});
