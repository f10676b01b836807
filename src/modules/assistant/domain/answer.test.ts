import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureGroups, fixtureKnowledge } from '../testing/builders.ts';
import { answerQuestion } from './answer.ts';

const k = fixtureKnowledge();
const groups = fixtureGroups();

describe('answerQuestion', () => {
  it('answers a question typed without diacritics with a card from the catalog and a ticket group', () => {
    const a = answerQuestion(k, 'lam giay khai sinh cho con can gi', { groups });
    expect(a.confident).toBe(true);
    expect(a.lang).toBe('vi');
    expect(a.answers[0]?.code).toBe('1.001193');
    expect(a.card?.where.text).toContain('Quầy A');
    expect(a.card?.documents.map((d) => d.name)).toEqual(['Tờ khai đăng ký khai sinh', 'Giấy chứng sinh']);
    expect(a.card?.fee).toBe('Miễn phí (0 đồng)');
    expect(a.card?.canTakeTicket).toBe(true);
    expect(a.speech).toContain('quầy A');
  });
  it('answers English in English', () => {
    const a = answerQuestion(k, 'How do I register a marriage?', { groups });
    expect(a.lang).toBe('en');
    expect(a.card?.name).toBe('Marriage registration');
    expect(a.card?.fee).toBe('30,000 VND');
    expect(a.card?.processingTime).toBe('3 working days');
    expect(a.card?.documentsNote).toMatch(/Vietnamese/);
  });
  it('says where to go for procedures the center does not receive, and offers no ticket', () => {
    const a = answerQuestion(k, 'nhập hộ khẩu cho con', { groups });
    expect(a.answers[0]?.code).toBe('1.004222');
    expect(a.card?.handledHere).toBe(false);
    expect(a.card?.where.text).toContain('Công an phường');
    expect(a.card?.canTakeTicket).toBe(false);
    const p = answerQuestion(k, 'làm hộ chiếu phổ thông', { groups });
    expect(p.card?.source).toBe('national');
    expect(p.card?.where.text).toContain('Công an cấp Tỉnh');
  });
  it('never invents what the catalog does not publish', () => {
    const a = answerQuestion(k, 'chứng thực di chúc', { groups });
    expect(a.card?.code).toBe('2.001019');
    expect(a.card?.fee).toBeNull();
    expect(a.card?.documents).toEqual([]);
    expect(a.card?.documentsNote).toMatch(/Chưa có danh sách/);
  });
  it('asks which procedure is meant instead of guessing on a bare "khai sinh"', () => {
    const a = answerQuestion(k, 'khai sinh', { groups });
    expect(a.confident).toBe(false);
    expect(a.kind).toBe('clarify');
    expect(a.options.map((o) => o.code)).toEqual(expect.arrayContaining(['1.001193', '1.004884']));
    expect(a.card).toBeNull();
    expect(a.message).toMatch(/hay/);
  });
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['😀😀😀', 'empty'],
    ['xin chào', 'small_talk'],
    ['你好，请问洗手间在哪里', 'other_script'],
    ['hôm nay trời có mưa không', 'unknown'],
  ])('%j gets a polite answer (%s) and no card', (q, kind) => {
    const a = answerQuestion(k, q, { groups });
    expect(a.kind).toBe(kind);
    expect(a.card).toBeNull();
    expect(a.message.length).toBeGreaterThan(10);
    expect(a.speech).toBe(a.message);
  });
  it('reads only the start of a 10,000-character question and never echoes markup', () => {
    const long = answerQuestion(k, `làm giấy khai sinh ${'a'.repeat(10_000)}`, { groups });
    expect(long.answers[0]?.code).toBe('1.001193');
    const html = answerQuestion(k, '<script>alert("x")</script><b>khai sinh</b>', { groups });
    expect(JSON.stringify(html)).not.toMatch(/<script|<b>/);
  });
  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const a = answerQuestion(k, s, { groups });
        expect(a.message.length + a.speech.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
