import { describe, expect, it } from 'vitest';
import { buildSearchIndex, type SearchDoc, searchIndex } from './search-index.ts';

const curated = (
  id: string,
  code: string | null,
  nameVi: string,
  synonyms: string[] = [],
  field = 'Hộ tịch',
): SearchDoc => ({
  kind: 'curated',
  id,
  code,
  nameVi,
  nameEn: null,
  field,
  level: 'ward',
  handlingBody: 'UBND cấp xã',
  handledAtCenter: true,
  synonyms,
});
const national = (code: string, nameVi: string, level: SearchDoc['level'] = 'province', field = 'Khác'): SearchDoc => ({
  kind: 'national',
  id: code,
  code,
  nameVi,
  nameEn: null,
  field,
  level,
  handlingBody: 'Sở Tư pháp',
  handledAtCenter: false,
  synonyms: [],
});

const docs: SearchDoc[] = [
  curated('03-khai-sinh-cha-me-con', '1.000689', 'Thủ tục đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con'),
  curated('01-dang-ky-khai-sinh', '1.001193', 'Thủ tục đăng ký khai sinh', ['làm giấy khai sinh', 'GKS']),
  curated('04-dang-ky-lai-khai-sinh', '1.004884', 'Thủ tục đăng ký lại khai sinh'),
  curated('08-dang-ky-ket-hon', '1.000894', 'Thủ tục đăng ký kết hôn'),
  curated('11-xac-nhan-hon-nhan', '1.004873', 'Thủ tục cấp Giấy xác nhận tình trạng hôn nhân'),
  curated('45-hkd', '1.001612', 'Đăng ký thành lập hộ kinh doanh', [], 'Kinh doanh'),
  curated('40-gpxd', '1.013225', 'Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV', [], 'Xây dựng'),
  curated('68-ct07', '1.010041', 'Xác nhận thông tin về cư trú', [], 'Cư trú'),
  national('1.001193', 'Thủ tục đăng ký khai sinh (bản quốc gia)', 'ward'),
  national('2.000528', 'Thủ tục đăng ký khai sinh có yếu tố nước ngoài', 'ward'),
  national('1.014063', 'Cấp đổi thẻ căn cước', 'ward', 'Căn cước'),
  national('1.014064', 'Cấp lại thẻ căn cước', 'ward', 'Căn cước'),
  national('1.001456', 'Cấp hộ chiếu phổ thông ở trong nước'),
  national('1.099999', 'Đăng ký hoạt động tín ngưỡng'),
];
const index = buildSearchIndex(docs);
const names = (q: string, limit = 5) => searchIndex(index, q, { limit }).map((h) => h.nameVi);

describe('searchIndex', () => {
  it('finds "Đăng ký khai sinh" first for "khai sinh", with or without diacritics', () => {
    expect(names('khai sinh')[0]).toBe('Thủ tục đăng ký khai sinh');
    expect(names('KHAI SINH')[0]).toBe('Thủ tục đăng ký khai sinh');
    expect(names('đăng ký khai sinh')[0]).toBe('Thủ tục đăng ký khai sinh');
  });

  it('ranks curated procedures before a national entry of similar relevance', () => {
    const hits = searchIndex(index, 'khai sinh', { limit: 10 });
    const firstNational = hits.findIndex((h) => h.kind === 'national');
    expect(firstNational).toBeGreaterThan(hits.findIndex((h) => h.nameVi === 'Thủ tục đăng ký lại khai sinh'));
    expect(hits.find((h) => h.nameVi.includes('yếu tố nước ngoài'))).toBeDefined();
  });

  it('leaves out national entries that a curated procedure stands for', () => {
    expect(searchIndex(index, '1.001193').map((h) => h.kind)).toEqual(['curated']);
  });

  it('finds citizen-ID entries for CCCD', () => {
    const hits = names('CCCD');
    expect(hits.slice(0, 2).sort()).toEqual(['Cấp lại thẻ căn cước', 'Cấp đổi thẻ căn cước']);
  });

  it('expands the other abbreviations', () => {
    expect(names('GPXD')[0]).toContain('giấy phép xây dựng');
    expect(names('HKD')[0]).toBe('Đăng ký thành lập hộ kinh doanh');
    expect(names('XNTTHN')[0]).toBe('Thủ tục cấp Giấy xác nhận tình trạng hôn nhân');
    expect(names('CT07')[0]).toBe('Xác nhận thông tin về cư trú');
    expect(names('GKS')[0]).toBe('Thủ tục đăng ký khai sinh');
  });

  it('finds a procedure by its code, and codes by prefix', () => {
    expect(searchIndex(index, '1.000894')[0]).toMatchObject({ code: '1.000894', score: 1000 });
    expect(searchIndex(index, '1.0140').map((h) => h.code)).toEqual(['1.014063', '1.014064']);
  });

  it('matches the last word as a prefix while typing', () => {
    expect(names('ket h')[0]).toBe('Thủ tục đăng ký kết hôn');
  });

  it('finds by synonym and respects scope and limit', () => {
    expect(names('làm giấy khai sinh')[0]).toBe('Thủ tục đăng ký khai sinh');
    expect(searchIndex(index, 'khai sinh', { scope: 'national' }).every((h) => h.kind === 'national')).toBe(true);
    expect(searchIndex(index, 'khai sinh', { limit: 2 })).toHaveLength(2);
  });

  it('returns nothing for unrelated or empty queries', () => {
    expect(names('zzzz')).toEqual([]);
    expect(names('   ')).toEqual([]);
  });
});
