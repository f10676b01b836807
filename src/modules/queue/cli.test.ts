import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../kernel/errors.ts';
import { queueSimulateCommand, queueStaffingCommand, simulateArrivalsCsv } from './cli.ts';

describe('motcua queue staffing', () => {
  it('prints the least counters meeting 90 % within 15 minutes at 40 arrivals/h and 10 min service', () => {
    const out = queueStaffingCommand({
      arrivalsPerHour: '40',
      serviceMinutes: '10',
      targetPercent: '90',
      targetMinutes: '15',
    });
    expect(JSON.stringify(out)).toBe('{"counters":8,"serviceLevel":0.93,"meanWaitMinutes":4}');
  });

  it('refuses nonsense with a coded error', () => {
    expect(() => queueStaffingCommand({ arrivalsPerHour: 'many', serviceMinutes: 10 })).toThrow(
      expect.objectContaining({ code: 'QUEUE_STAFFING_INVALID' }),
    );
  });
});

describe('motcua queue simulate', () => {
  const csv = [
    'arrival,group,service_minutes,priority',
    '2026-03-02T08:00:00+07:00,A,10',
    '2026-03-02T08:00:00+07:00,A,10',
    '2026-03-02T08:05:00+07:00,B,10',
  ].join('\n');

  it('reads a file and simulates pooled or dedicated counters', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'queue-sim-'));
    const file = path.join(dir, 'arrivals.csv');
    await writeFile(file, csv);
    expect(await queueSimulateCommand(file, { counters: '2' })).toEqual({
      served: 3,
      meanWaitMinutes: 1.67,
      p90WaitMinutes: 5,
      maxWaitMinutes: 5,
      withinTarget: { '15': 1 },
    });
    expect(await queueSimulateCommand(file, { countersByGroup: 'A=1,B=1', targetMinutes: '5,15' })).toMatchObject({
      meanWaitMinutes: 3.33,
      withinTarget: { '5': 0.67, '15': 1 },
    });
  });

  it('rejects a malformed CSV with line and reason, and contradictory options', () => {
    try {
      simulateArrivalsCsv(`${csv}\nnot-a-time,A,5`, { counters: 2 });
      expect.unreachable();
    } catch (e) {
      expect(isDomainError(e) && e.code).toBe('QUEUE_CSV_INVALID');
      expect(isDomainError(e) && e.details).toEqual({
        problems: [{ line: 5, reason: expect.stringContaining('not-a-time') }],
      });
    }
    expect(() => simulateArrivalsCsv(csv, { counters: 2, countersByGroup: 'A=1' })).toThrow(
      expect.objectContaining({ code: 'QUEUE_SIMULATION_INVALID' }),
    );
    expect(() => simulateArrivalsCsv(csv, { countersByGroup: 'A=2' })).toThrow(
      expect.objectContaining({ code: 'QUEUE_SIMULATION_INVALID', details: { reason: 'no counters for group(s) B' } }),
    );
  });
});
