/** Renders the queue report workbook (exceljs): a summary sheet, then one sheet per dimension. */
import ExcelJS from 'exceljs';
import type { QueueReport, RatingScore } from '../contracts.ts';

export type RatingCounts = Record<RatingScore, number>;

export interface ReportWorkbook {
  wardName: string;
  report: QueueReport;
  /** Keyed `group:<letter>`, `counter:<number>`, `staff:<id>`, `day:<YYYY-MM-DD>`. */
  ratings: Map<string, RatingCounts>;
  at: Date;
}

type Stats = QueueReport['total'];

const STAT_HEADERS = [
  'Số phiếu',
  'Đã phục vụ',
  'Vắng mặt',
  'Chờ TB (phút)',
  'Chờ P90 (phút)',
  'Chờ tối đa (phút)',
  'Phục vụ TB (phút)',
  'Tỷ lệ trong ngưỡng',
  'Số đánh giá',
  'Tỷ lệ hài lòng',
  'Rất hài lòng',
  'Hài lòng',
  'Bình thường',
  'Không hài lòng',
];

const dmy = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

function statCells(s: Stats, r: RatingCounts | undefined): Array<number | null> {
  const c = r ?? { very_satisfied: 0, satisfied: 0, neutral: 0, dissatisfied: 0 };
  const total = c.very_satisfied + c.satisfied + c.neutral + c.dissatisfied;
  return [
    s.issued,
    s.served,
    s.noShow,
    s.meanWaitMinutes,
    s.p90WaitMinutes,
    s.maxWaitMinutes,
    s.meanServiceMinutes,
    s.withinTarget,
    total,
    total ? (c.very_satisfied + c.satisfied) / total : null,
    c.very_satisfied,
    c.satisfied,
    c.neutral,
    c.dissatisfied,
  ];
}

function sheet(
  book: ExcelJS.Workbook,
  title: string,
  heading: string,
  first: string,
  rows: Array<{ label: string | number; cells: Array<number | null> }>,
) {
  const ws = book.addWorksheet(title, { pageSetup: { paperSize: 9, orientation: 'landscape' } });
  ws.addRow([heading]).font = { bold: true, size: 13 };
  ws.addRow([]);
  const head = ws.addRow([first, ...STAT_HEADERS]);
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: 'middle' };
  for (const r of rows) ws.addRow([r.label, ...r.cells]);
  ws.getColumn(1).width = 28;
  for (let i = 2; i <= STAT_HEADERS.length + 1; i++) ws.getColumn(i).width = 13;
  for (const col of [9, 11]) ws.getColumn(col).numFmt = '0%';
  ws.views = [{ state: 'frozen', ySplit: 3, xSplit: 1 }];
}

export async function renderQueueReportXlsx(d: ReportWorkbook): Promise<Buffer> {
  const { report: r } = d;
  const book = new ExcelJS.Workbook();
  book.creator = 'Một Cửa';
  book.created = d.at;
  const span = r.from === r.to ? `ngày ${dmy(r.from)}` : `từ ngày ${dmy(r.from)} đến ngày ${dmy(r.to)}`;
  const heading = (what: string) => `${d.wardName} — thống kê hàng đợi ${what}, ${span}`;
  const total: RatingCounts = {
    very_satisfied: r.satisfaction.veryPleased,
    satisfied: r.satisfaction.pleased,
    neutral: r.satisfaction.neutral,
    dissatisfied: r.satisfaction.dissatisfied,
  };
  sheet(book, 'Tong hop', `${heading('toàn trung tâm')} (ngưỡng chờ ${r.targetWaitMinutes} phút)`, 'Phạm vi', [
    { label: 'Toàn trung tâm', cells: statCells(r.total, total) },
  ]);
  sheet(
    book,
    'Theo nhom',
    heading('theo nhóm dịch vụ'),
    'Nhóm',
    r.byGroup.map((g) => ({ label: g.group, cells: statCells(g, d.ratings.get(`group:${g.group}`)) })),
  );
  sheet(
    book,
    'Theo quay',
    heading('theo quầy'),
    'Quầy',
    r.byCounter.map((c) => ({
      label: c.counterNumber,
      cells: statCells(c, d.ratings.get(`counter:${c.counterNumber}`)),
    })),
  );
  sheet(
    book,
    'Theo can bo',
    heading('theo cán bộ'),
    'Cán bộ',
    r.byOfficer.map((o) => ({
      label: o.staffName ?? o.staffId,
      cells: statCells(o, d.ratings.get(`staff:${o.staffId}`)),
    })),
  );
  sheet(
    book,
    'Theo ngay',
    heading('theo ngày'),
    'Ngày',
    r.byDay.map((x) => ({ label: dmy(x.date), cells: statCells(x, d.ratings.get(`day:${x.date}`)) })),
  );
  return Buffer.from(await book.xlsx.writeBuffer());
}
