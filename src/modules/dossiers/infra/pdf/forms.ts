/** Forms 01–06 of Circular 03/2025 Phụ lục I (A5), filled from a dossier and its action log. */
import type { FormNumber } from '../../contracts.ts';
import { FORM_TITLES } from '../../domain/forms.ts';
import { header, line, list, newPdf, type Pdf, qr, signatures, table, toBuffer } from './document.ts';

export interface ControlRow {
  from: string;
  to: string;
  at: string;
  due: string;
  timeliness: string;
  note: string;
}

export interface FormData {
  form: FormNumber;
  at: Date;
  ward: { name: string; address: string; phone: string | null };
  code: string;
  procedureName: string;
  statutoryTime: string;
  applicant: { fullName: string; idNumber: string; phone: string; email: string | null; address: string };
  proxy: { fullName: string; idNumber: string; relation?: string | undefined } | null;
  documents: { name: string; kind: string; count: number }[];
  receivedAt: string | null;
  appointmentAt: string | null;
  officer: string;
  statusUrl: string;
  secret?: string | undefined;
  supplement?: { missing: string[]; reason: string };
  refusal?: { reasons: string[] };
  apology?: { previous: string; next: string; reason: string; approvedBy: string };
  stop?: { reason: string; withdrawn: boolean };
  control?: { department: string | null; assignee: string | null; rows: ControlRow[] };
}

const UNIT = 'Trung tâm Phục vụ hành chính công';
const KIND = { original: 'Bản chính', certified: 'Bản sao chứng thực', copy: 'Bản sao' } as Record<string, string>;

function applicantBlock(doc: Pdf, d: FormData) {
  line(doc, 'Mã hồ sơ', d.code);
  line(doc, 'Ông/Bà', d.applicant.fullName);
  line(doc, 'Số định danh cá nhân', d.applicant.idNumber);
  line(doc, 'Địa chỉ', d.applicant.address);
  line(doc, 'Số điện thoại', `${d.applicant.phone}${d.applicant.email ? `   Email: ${d.applicant.email}` : ''}`);
  if (d.proxy)
    line(
      doc,
      'Người được ủy quyền',
      `${d.proxy.fullName} (số định danh ${d.proxy.idNumber}${d.proxy.relation ? `, ${d.proxy.relation}` : ''})`,
    );
  line(doc, 'Nội dung yêu cầu giải quyết', d.procedureName);
}

function form01(doc: Pdf, d: FormData) {
  doc.text(`${d.ward.name} tiếp nhận hồ sơ của:`);
  applicantBlock(doc, d);
  doc.font('bold').text('Thành phần hồ sơ nộp gồm:').font('regular');
  list(
    doc,
    d.documents.map((x) => `${x.name} – ${KIND[x.kind] ?? x.kind}: ${x.count}`),
  );
  line(doc, 'Số lượng hồ sơ', '01 bộ');
  line(doc, 'Thời gian giải quyết theo quy định', d.statutoryTime);
  line(doc, 'Thời gian nhận hồ sơ', d.receivedAt ?? '');
  line(doc, 'Thời gian trả kết quả', d.appointmentAt ?? '');
  line(doc, 'Nhận kết quả tại', `${d.ward.name}, ${d.ward.address}`);
  if (d.secret) line(doc, 'Mã tra cứu', d.secret);
  line(doc, 'Vào Sổ theo dõi hồ sơ', d.code);
}

function form02(doc: Pdf, d: FormData) {
  applicantBlock(doc, d);
  doc.text('Sau khi xem xét, hồ sơ cần bổ sung, hoàn thiện các nội dung sau:');
  list(doc, d.supplement?.missing ?? []);
  line(doc, 'Lý do', d.supplement?.reason ?? '');
  doc.text(
    `Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, ông/bà liên hệ ${d.officer}${d.ward.phone ? `, số điện thoại ${d.ward.phone}` : ''} để được hướng dẫn.`,
  );
}

function form03(doc: Pdf, d: FormData) {
  applicantBlock(doc, d);
  doc.text('Hồ sơ không đủ điều kiện tiếp nhận/giải quyết với lý do cụ thể như sau:');
  list(doc, d.refusal?.reasons ?? []);
  doc.text('Xin thông báo để ông/bà được biết và thực hiện.');
}

function form04(doc: Pdf, d: FormData) {
  applicantBlock(doc, d);
  line(doc, 'Thời gian hẹn trả kết quả', d.apology?.previous ?? '');
  line(doc, 'Lý do chậm trả kết quả', d.apology?.reason ?? '');
  doc.text(`${d.ward.name} xin lỗi ông/bà vì sự chậm trễ này và hẹn lại thời gian trả kết quả:`);
  doc
    .font('bold')
    .text(d.apology?.next ?? '')
    .font('regular');
  doc.text('Chúng tôi chân thành xin lỗi và mong nhận được sự thông cảm của ông/bà.');
}

function form05(doc: Pdf, d: FormData) {
  applicantBlock(doc, d);
  doc.text(
    d.stop?.withdrawn
      ? 'Theo đề nghị của ông/bà về việc rút hồ sơ, cơ quan dừng giải quyết hồ sơ nêu trên.'
      : 'Cơ quan thông báo dừng giải quyết hồ sơ nêu trên.',
  );
  line(doc, 'Lý do', d.stop?.reason ?? '');
}

function form06(doc: Pdf, d: FormData) {
  line(doc, 'Mã hồ sơ', d.code);
  line(doc, 'Tên thủ tục', d.procedureName);
  line(doc, 'Người nộp', d.applicant.fullName);
  line(doc, 'Cơ quan chủ trì giải quyết', d.control?.department ?? d.ward.name);
  line(doc, 'Cán bộ thụ lý', d.control?.assignee ?? '—');
  line(doc, 'Thời gian nhận / hẹn trả', `${d.receivedAt ?? '—'} / ${d.appointmentAt ?? '—'}`);
  doc.moveDown(0.4);
  const cols = [
    { title: 'Tên cơ quan / người giao', w: 0.22 },
    { title: 'Người nhận / nội dung', w: 0.24 },
    { title: 'Thời gian giao, nhận', w: 0.17 },
    { title: 'Hạn', w: 0.13 },
    { title: 'Kết quả', w: 0.11 },
    { title: 'Ghi chú', w: 0.13 },
  ];
  table(
    doc,
    cols,
    (d.control?.rows ?? []).map((r) => [r.from, r.to, r.at, r.due, r.timeliness, r.note]),
  );
  doc.x = doc.page.margins.left;
  doc.fontSize(9);
}

const BODY: Record<FormNumber, (doc: Pdf, d: FormData) => void> = {
  '01': form01,
  '02': form02,
  '03': form03,
  '04': form04,
  '05': form05,
  '06': form06,
};

export async function renderDossierForm(d: FormData): Promise<Buffer> {
  const doc = newPdf({ size: 'A5', title: `${FORM_TITLES[d.form]} ${d.code}`, at: d.at });
  header(doc, { wardName: d.ward.name, unit: UNIT, title: FORM_TITLES[d.form], form: d.form, number: d.code });
  BODY[d.form](doc, d);
  await qr(doc, d.statusUrl, 'Tra cứu tình trạng hồ sơ');
  const sign =
    d.form === '04' || d.form === '05'
      ? [{ title: 'THỦ TRƯỞNG CƠ QUAN', name: d.apology?.approvedBy ?? '' }]
      : d.form === '06'
        ? []
        : [
            { title: 'NGƯỜI NỘP HỒ SƠ', name: d.applicant.fullName },
            { title: 'NGƯỜI TIẾP NHẬN', name: d.officer },
          ];
  if (sign.length > 0) signatures(doc, sign);
  return toBuffer(doc);
}
