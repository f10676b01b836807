import { describe, expect, it } from 'vitest';
import { redactPersonalData } from './redact.ts';

describe('redactPersonalData', () => {
  it('removes e-mails, phone numbers and ID numbers', () => {
    const out = redactPersonalData('tôi là an@example.com, sđt 0903 123 456 hoặc +84 903123456, CCCD 079203001234');
    expect(out).not.toMatch(/example|0903|903123456|079203001234/);
    expect(out).toContain('[email]');
    expect(out).toContain('[số điện thoại]');
    expect(out).toContain('[số]');
  });
  it('keeps short numbers and procedure codes', () => {
    expect(redactPersonalData('xây nhà 3 tầng, con 17 tuổi, năm 2004, mã 2.000815.01')).toBe(
      'xây nhà 3 tầng, con 17 tuổi, năm 2004, mã 2.000815.01',
    );
  });
});
