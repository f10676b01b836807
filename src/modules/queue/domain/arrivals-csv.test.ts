import { describe, expect, it } from 'vitest';
import { parseArrivalsCsv } from './arrivals-csv.ts';

describe('arrivals CSV', () => {
  it('reads a header, zones, local times without a zone (Ho Chi Minh City) and priorities', () => {
    const r = parseArrivalsCsv(
      [
        'arrival,group,service_minutes,priority',
        '2026-03-02T08:00:00+07:00,A,10,',
        '2026-03-02 08:05,b,7.5,1',
        '2026-03-02T01:10:00Z,C,5,pregnant',
        '',
        '# a comment',
        '2026-03-02T08:20:00,A,4,no',
      ].join('\r\n'),
    );
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(
      r.arrivals.map((a) => [a.line, new Date(a.at).toISOString(), a.group, a.serviceMinutes, a.priority]),
    ).toEqual([
      [2, '2026-03-02T01:00:00.000Z', 'A', 10, false],
      [3, '2026-03-02T01:05:00.000Z', 'B', 7.5, true],
      [4, '2026-03-02T01:10:00.000Z', 'C', 5, true],
      [7, '2026-03-02T01:20:00.000Z', 'A', 4, false],
    ]);
  });

  it('rejects malformed lines with their line number and reason', () => {
    const r = parseArrivalsCsv(
      [
        'arrival,group,service_minutes',
        '2026-03-02T08:00:00+07:00,A,10',
        'yesterday,A,10',
        '2026-03-02T08:00:00+07:00,A,-3',
        '2026-03-02T08:00:00+07:00,A',
        '2026-03-02T08:00:00+07:00,A,5,maybe',
        '2026-02-30T08:00:00+07:00,"A",5',
      ].join('\n'),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.line)).toEqual([3, 4, 5, 6, 7]);
    expect(r.problems[0]?.reason).toContain('not an ISO date-time');
    expect(r.problems[1]?.reason).toContain('service_minutes');
    expect(r.problems[2]?.reason).toContain('expected 3 or 4 columns');
    expect(r.problems[3]?.reason).toContain('priority');
    expect(r.problems[4]?.reason).toContain('quoted');
  });

  it('rejects an empty file', () => {
    expect(parseArrivalsCsv('arrival,group,service_minutes\n')).toEqual({
      ok: false,
      problems: [{ line: 1, reason: 'no arrivals in the file' }],
    });
  });
});
