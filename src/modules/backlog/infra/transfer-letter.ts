/**
 * The covering letter (công văn) sending inherited dossiers to the competent body: pdfkit with the Be Vietnam
 * Pro TTF (Vietnamese renders and extracts correctly), the national motto header, the list of dossiers.
 */
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { formatPlainDateVi, type PlainDate } from '../../../kernel/plain-date.ts';

const require = createRequire(import.meta.url);
const FONT = {
  regular: require.resolve('@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf'),
};

export interface LetterInput {
  wardName: string;
  receivingBody: string;
  date: PlainDate;
  items: {
    originalCode: string;
    procedureName: string | null;
    applicantName: string | null;
    receivedOn: PlainDate;
    sourceUnit: string;
  }[];
}

export function transferLetterPdf(input: LetterInput): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 50, bottom: 50, left: 60, right: 50 },
    info: { Title: `Chuyển hồ sơ — ${input.receivingBody}`, Producer: 'Một Cửa' },
  });
  doc.registerFont('regular', FONT.regular);
  doc.registerFont('bold', FONT.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 110;
  const left = 60;
  const top = doc.y;
  doc
    .font('regular')
    .fontSize(10)
    .text(`ỦY BAN NHÂN DÂN ${input.wardName.toUpperCase()}`, left, top, { width: width * 0.45, align: 'center' });
  doc.font('bold').text('TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG', left, doc.y, { width: width * 0.45, align: 'center' });
  doc.font('regular').text('Số:        /CV-TTPVHCC', left, doc.y + 4, { width: width * 0.45, align: 'center' });
  doc
    .font('bold')
    .text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', left + width * 0.45, top, { width: width * 0.55, align: 'center' });
  doc.text('Độc lập - Tự do - Hạnh phúc', left + width * 0.45, doc.y, { width: width * 0.55, align: 'center' });
  const [y, m, d] = input.date.split('-');
  doc.font('regular').text(`${input.wardName}, ngày ${d} tháng ${m} năm ${y}`, left + width * 0.45, doc.y + 8, {
    width: width * 0.55,
    align: 'center',
  });
  doc
    .moveDown(2)
    .font('bold')
    .fontSize(12)
    .text('V/v chuyển hồ sơ thủ tục hành chính không thuộc thẩm quyền', left, doc.y, { width, align: 'center' });
  doc.moveDown().font('regular').fontSize(11).text(`Kính gửi: ${input.receivingBody}`, { align: 'center' });
  doc
    .moveDown()
    .text(
      `Thực hiện sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp từ ngày 01/7/2025, ${input.wardName} ` +
        `tiếp nhận các hồ sơ tồn đọng của các đơn vị trước sắp xếp. Qua rà soát, ${input.items.length} hồ sơ dưới đây ` +
        'không thuộc thẩm quyền giải quyết của Ủy ban nhân dân phường. Trung tâm Phục vụ hành chính công chuyển hồ sơ ' +
        'đến Quý cơ quan để xem xét, giải quyết theo thẩm quyền và trả lời người dân theo quy định.',
      { align: 'justify' },
    );
  doc.moveDown();
  const cols = [30, 110, 170, 110, 70];
  const row = (cells: string[], bold = false) => {
    const y0 = doc.y;
    let x = left;
    let h = 0;
    doc.font(bold ? 'bold' : 'regular').fontSize(9);
    cells.forEach((c, i) => {
      h = Math.max(h, doc.heightOfString(c, { width: cols[i]! - 4 }));
    });
    if (y0 + h > doc.page.height - 60) doc.addPage();
    const yy = doc.y;
    cells.forEach((c, i) => {
      doc.text(c, x + 2, yy, { width: cols[i]! - 4 });
      x += cols[i]!;
    });
    doc.y = yy + h + 4;
    doc.x = left;
  };
  row(['STT', 'Mã hồ sơ', 'Thủ tục', 'Người nộp', 'Ngày nhận'], true);
  input.items.forEach((it, i) => {
    row([
      String(i + 1),
      `${it.originalCode}\n(${it.sourceUnit})`,
      it.procedureName ?? '',
      it.applicantName ?? '',
      formatPlainDateVi(it.receivedOn),
    ]);
  });
  doc.moveDown().font('regular').fontSize(11).text('Trân trọng./.', left);
  doc
    .moveDown()
    .font('bold')
    .text('GIÁM ĐỐC', left + width * 0.5, doc.y, { width: width * 0.5, align: 'center' });
  doc.end();
  return done;
}
