import { expect, describe as group, it } from 'vitest';
import { stemEn } from './english.ts';
import { describe, specificity } from './specificity.ts';

const idf = (t: string) => (['dang', 'ki'].includes(t) ? 0.5 : 3);

group('specificity', () => {
  const plain = describe({ nameVi: 'Thủ tục đăng ký khai sinh', nameEn: 'Birth registration', synonyms: [] }, idf);
  const foreign = describe(
    { nameVi: 'Đăng ký khai sinh có yếu tố nước ngoài', nameEn: null, synonyms: ['khai sinh cho con lai'] },
    idf,
  );
  it('is high for the record whose description the question explains, low for its special cases', () => {
    const asked = new Set(['lam', 'khai', 'sinh', 'khai sinh', 'con']);
    expect(specificity(plain, asked)).toBeGreaterThan(0.8);
    expect(specificity(foreign, asked)).toBeLessThan(0.8);
  });
  it('takes the best description, English names included', () => {
    expect(specificity(plain, new Set(['~birth', `~${stemEn('registration')}`]))).toBe(1);
    expect(specificity(foreign, new Set(['khai', 'sinh', 'con', 'lai']))).toBe(1);
    expect(specificity([], new Set(['khai']))).toBe(0);
  });
});
