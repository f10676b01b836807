/** The director's monitor (alerts with suggestions), daily/weekly reports and the weekly staffing recommendation. */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBody, registerErrorHandling } from '../../server/plugins/errors.ts';
import { registerIdempotency } from '../../server/plugins/idempotency.ts';
import { aQueueWard, aTokenFor, bearer } from './testing/builders.ts';
import { createQueueTestApp, type QueueTestApp } from './testing/test-app.ts';

let t: QueueTestApp;
let ward: Awaited<ReturnType<typeof aQueueWard>>;
let director: string;
let kiosk: string;
let officer: { token: string; actorId: string; username: string };

beforeAll(async () => {
  t = await createQueueTestApp({ registerErrorHandling, registerIdempotency, errorBody });
  ward = await aQueueWard(t.database);
  director = (await aTokenFor(t.database.db, ward.wardId, 'director')).token;
  kiosk = (await aTokenFor(t.database.db, ward.wardId, 'kiosk')).token;
  officer = await aTokenFor(t.database.db, ward.wardId, 'receiver');
});
afterAll(() => t.close());

const req = (method: 'GET' | 'POST' | 'PATCH', url: string, token: string, payload?: object) =>
  t.app.inject({ method, url, headers: bearer(token), ...(payload ? { payload } : {}) });
const minutes = (n: number) => t.clock.advance(n * 60_000);

describe('monitor and reports', () => {
  it('alerts when a wait passes the threshold and suggests opening a counter of that group', async () => {
    await req('PATCH', '/api/queue/settings', director, { waitAlertMinutes: 15 });
    const c2 = ward.counterId(2);
    await req('POST', `/api/queue/counters/${c2}/sign-in`, officer.token);
    const a1 = (await req('POST', '/api/queue/tickets', kiosk, { group: 'A' })).json();
    const a2 = (await req('POST', '/api/queue/tickets', kiosk, { group: 'A' })).json();
    const b1 = (await req('POST', '/api/queue/tickets', kiosk, { group: 'B' })).json();
    minutes(6);
    await req('POST', `/api/queue/counters/${c2}/call-next`, officer.token);
    minutes(1);
    await req('POST', `/api/queue/tickets/${a1.id}/actions`, officer.token, { type: 'start' });
    minutes(9);
    await req('POST', `/api/queue/tickets/${a1.id}/actions`, officer.token, { type: 'finish' });
    minutes(4); // a2 and b1 have waited 20 minutes

    const m = (await req('GET', '/api/queue/monitor', director)).json();
    expect(m.groups.find((g: { group: string }) => g.group === 'A')).toMatchObject({
      waiting: 1,
      longestWaitMinutes: 20,
      meanWaitTodayMinutes: 6,
      servedToday: 1,
      openCounters: 1,
    });
    expect(m.alerts.map((a: { group: string }) => a.group)).toEqual(['A', 'B']);
    expect(m.alerts[1].suggestion).toMatchObject({ kind: 'open-counter', counterNumber: 1 });
    expect(m.officers).toEqual([
      {
        staffId: officer.actorId,
        staffName: `Cán bộ ${officer.username}`,
        served: 1,
        serviceMinutes: 10,
        idleMinutes: 10,
      },
    ]);
    expect(m.counters.find((c: { number: number }) => c.number === 2)).toMatchObject({ state: 'idle' });

    await req('POST', `/api/queue/counters/${c2}/call-next`, officer.token);
    await req('POST', `/api/queue/tickets/${a2.id}/actions`, officer.token, { type: 'start' });
    minutes(5);
    await req('POST', `/api/queue/tickets/${a2.id}/actions`, officer.token, { type: 'finish' });
    await req('POST', `/api/queue/tickets/${a1.id}/rating`, director, { score: 'satisfied', comment: 'Nhanh' });

    const day = await req('GET', '/api/queue/reports?period=day&date=2026-03-02', director);
    expect(day.statusCode).toBe(200);
    expect(day.json()).toMatchObject({
      from: '2026-03-02',
      to: '2026-03-02',
      total: {
        issued: 3,
        served: 2,
        meanWaitMinutes: 13,
        maxWaitMinutes: 20,
        meanServiceMinutes: 7,
        withinTarget: 0.5,
      },
      byGroup: [
        { group: 'A', issued: 2, served: 2, meanWaitMinutes: 13, p90WaitMinutes: 20 },
        { group: 'B', issued: 1, served: 0 },
      ],
      byCounter: [{ counterNumber: 2, served: 2 }],
      byOfficer: [{ staffId: officer.actorId, staffName: `Cán bộ ${officer.username}`, served: 2 }],
      satisfaction: { ratings: 1, pleased: 1, satisfiedRate: 1 },
    });

    const xlsx = await req('GET', '/api/queue/reports.xlsx?period=day&date=2026-03-02', director);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain('bao-cao-hang-doi_2026-03-02.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Tong hop',
      'Theo nhom',
      'Theo quay',
      'Theo can bo',
      'Theo ngay',
    ]);
    const rowOf = (sheet: string, label: string | number) => {
      const ws = book.getWorksheet(sheet);
      const found = ws?.getRows(4, ws.rowCount)?.find((r) => r.getCell(1).value === label);
      return (found?.values as unknown[] | undefined)?.slice(1);
    };
    // label, tickets, served, no-shows, mean wait, p90 wait, max wait, mean service, within, ratings, satisfied, 4 answers
    expect(rowOf('Theo nhom', 'A')).toEqual(['A', 2, 2, 0, 13, 20, 20, 7, 0.5, 1, 1, 0, 1, 0, 0]);
    expect(rowOf('Theo nhom', 'B')?.slice(0, 4)).toEqual(['B', 1, 0, 0]);
    expect(rowOf('Theo quay', 2)?.slice(0, 3)).toEqual([2, 2, 2]);
    expect(rowOf('Theo can bo', `Cán bộ ${officer.username}`)?.slice(9, 11)).toEqual([1, 1]);
    expect(rowOf('Theo ngay', '02/03/2026')?.slice(0, 2)).toEqual(['02/03/2026', 3]);
    expect((await req('GET', '/api/queue/reports.xlsx?date=2026-03-02', kiosk)).statusCode).toBe(403);

    const week = (await req('GET', '/api/queue/reports?period=week&date=2026-03-04', director)).json();
    expect([week.from, week.to, week.total.issued]).toEqual(['2026-03-02', '2026-03-08', 3]);
    expect(b1.number).toBe('B001');
  });

  it('recommends counters per hour of the week from the ward’s own arrivals', async () => {
    // The next Monday: last week's 3 tickets (Mon 08:00) are history; 3/h × 10 min needs 2 counters for 90 % ≤ 15 min.
    t.clock.set('2026-03-09T03:00:00Z');
    const staffing = (await req('GET', '/api/queue/staffing?weeks=1', director)).json();
    expect(staffing).toMatchObject({ weeks: 1, serviceMinutes: 10 });
    expect(staffing.hours).toEqual([
      {
        dayOfWeek: 1,
        hour: 8,
        arrivalsPerHour: 3,
        counters: 2,
        serviceLevel: expect.any(Number),
        meanWaitMinutes: expect.any(Number),
      },
    ]);
    const leader = (await aTokenFor(t.database.db, ward.wardId, 'leader')).token;
    expect((await req('GET', '/api/queue/monitor', leader)).statusCode).toBe(200);
    const receiver = (await req('GET', '/api/queue/monitor', officer.token)).statusCode;
    expect(receiver).toBe(403);
  });
});
