/** Form 07, the dossier register (Sổ theo dõi hồ sơ): A4 landscape PDF and an XLSX of the same rows. */
import ExcelJS from 'exceljs';
import { FORM_TITLES } from '../../domain/forms.ts';
import { header, newPdf, table, toBuffer } from './document.ts';

export interface RegisterRow {
  no: number;
  code: string;
  procedure: string;
  applicant: string;
  contact: string;
  unit: string;
  receivedAt: string;
  appointmentAt: string;
  returnedAt: string;
  collected: string;
}

export interface RegisterData {
  wardName: string;
  from: string;
  to: string;
  at: Date;
  rows: RegisterRow[];
}

const COLUMNS: { key: keyof RegisterRow; title: string; w: number }[] = [
  { key: 'no', title: 'STT', w: 0.04 },
  { key: 'code', title: 'Mã hồ sơ', w: 0.17 },
  { key: 'procedure', title: 'Tên TTHC', w: 0.13 },
  { key: 'applicant', title: 'Tên cá nhân, tổ chức', w: 0.11 },
  { key: 'contact', title: 'Địa chỉ, số điện thoại', w: 0.14 },
  { key: 'unit', title: 'Cơ quan chủ trì giải quyết', w: 0.1 },
  { key: 'receivedAt', title: 'Nhận hồ sơ', w: 0.08 },
  { key: 'appointmentAt', title: 'Hẹn trả kết quả', w: 0.08 },
  { key: 'returnedAt', title: 'Trả kết quả', w: 0.08 },
  { key: 'collected', title: 'Cách thức nhận kết quả', w: 0.07 },
];

export async function renderRegisterPdf(d: RegisterData): Promise<Buffer> {
  const doc = newPdf({ size: 'A4', landscape: true, title: `${FORM_TITLES['07']} ${d.from} – ${d.to}`, at: d.at });
  header(doc, {
    wardName: d.wardName,
    unit: 'Trung tâm Phục vụ hành chính công',
    title: FORM_TITLES['07'],
    form: '07',
  });
  doc.text(`Từ ngày ${d.from} đến ngày ${d.to}`, { align: 'center' });
  doc.moveDown(0.5);
  table(
    doc,
    COLUMNS,
    d.rows.map((r) => COLUMNS.map((c) => String(r[c.key]))),
  );
  return toBuffer(doc);
}

export async function renderRegisterXlsx(d: RegisterData): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Một Cửa';
  book.created = d.at;
  const sheet = book.addWorksheet('So theo doi ho so', { pageSetup: { paperSize: 9, orientation: 'landscape' } });
  sheet.addRow([FORM_TITLES['07']]);
  sheet.addRow([`${d.wardName} — từ ngày ${d.from} đến ngày ${d.to}`]);
  const head = sheet.addRow(COLUMNS.map((c) => c.title));
  head.font = { bold: true };
  for (const r of d.rows) sheet.addRow(COLUMNS.map((c) => r[c.key]));
  COLUMNS.forEach((c, i) => {
    sheet.getColumn(i + 1).width = Math.round(c.w * 200);
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
