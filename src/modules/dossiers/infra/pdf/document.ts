/**
 * pdfkit with Be Vietnam Pro (TTF: Vietnamese diacritics render and extract correctly), the national motto
 * header of Vietnamese official forms, and a QR code to the citizen status page.
 */
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

const require = createRequire(import.meta.url);
const FONT = {
  regular: require.resolve('@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf'),
  italic: require.resolve('@expo-google-fonts/be-vietnam-pro/400Regular_Italic/BeVietnamPro_400Regular_Italic.ttf'),
};

export type Pdf = PDFKit.PDFDocument;

export function newPdf(opts: { size: 'A5' | 'A4'; landscape?: boolean; title: string; at: Date }): Pdf {
  const doc = new PDFDocument({
    size: opts.size,
    layout: opts.landscape ? 'landscape' : 'portrait',
    margins: { top: 28, bottom: 28, left: 32, right: 32 },
    info: { Title: opts.title, Producer: 'Một Cửa', Creator: 'Một Cửa', CreationDate: opts.at },
  });
  doc.registerFont('regular', FONT.regular);
  doc.registerFont('bold', FONT.bold);
  doc.registerFont('italic', FONT.italic);
  doc.font('regular').fontSize(9);
  return doc;
}

export function toBuffer(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** Left: the issuing body; right: Quốc hiệu and tiêu ngữ; then the title and the form number. */
export function header(
  doc: Pdf,
  input: { wardName: string; unit: string; title: string; form: string; number?: string },
) {
  const top = doc.y;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const left = doc.page.margins.left;
  const half = width * 0.42;
  doc.font('regular').fontSize(8).text(input.wardName.toUpperCase(), left, top, { width: half, align: 'center' });
  doc.font('bold').text(input.unit.toUpperCase(), left, doc.y, { width: half, align: 'center' });
  if (input.number) doc.font('regular').text(`Số: ${input.number}`, left, doc.y, { width: half, align: 'center' });
  const leftBottom = doc.y;
  doc
    .font('bold')
    .fontSize(8)
    .text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', left + half, top, { width: width - half, align: 'center' });
  doc.text('Độc lập - Tự do - Hạnh phúc', left + half, doc.y, {
    width: width - half,
    align: 'center',
    underline: true,
  });
  doc.y = Math.max(leftBottom, doc.y) + 10;
  doc.font('bold').fontSize(11).text(input.title, left, doc.y, { width, align: 'center' });
  doc.font('italic').fontSize(7.5).text(`Mẫu số ${input.form} – Thông tư 03/2025/TT-VPCP`, { width, align: 'center' });
  doc.moveDown(0.6).font('regular').fontSize(9);
}

export function line(doc: Pdf, label: string, value: string) {
  doc.font('bold').text(`${label}: `, { continued: true }).font('regular').text(value);
}

export function list(doc: Pdf, items: readonly string[]) {
  for (const [i, item] of items.entries()) doc.text(`${i + 1}. ${item}`, { indent: 8 });
}

export async function qr(doc: Pdf, url: string, caption: string) {
  const png = await QRCode.toBuffer(url, { type: 'png', margin: 1, width: 180, errorCorrectionLevel: 'M' });
  const size = 64;
  const x = doc.page.width - doc.page.margins.right - size;
  const y = Math.min(doc.y + 4, doc.page.height - doc.page.margins.bottom - size - 14);
  doc.image(png, x, y, { width: size, height: size });
  doc
    .fontSize(6.5)
    .text(caption, x - 40, y + size + 1, { width: size + 40, align: 'right' })
    .fontSize(9);
}

/** Signature blocks side by side at the bottom of the text. */
export function signatures(doc: Pdf, blocks: readonly { title: string; name: string }[]) {
  doc.moveDown(0.8);
  const top = doc.y;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const w = width / blocks.length;
  blocks.forEach((b, i) => {
    const x = doc.page.margins.left + i * w;
    doc.font('bold').text(b.title, x, top, { width: w, align: 'center' });
    doc.font('italic').fontSize(7.5).text('(Ký, ghi rõ họ tên)', x, doc.y, { width: w, align: 'center' });
    doc
      .font('regular')
      .fontSize(9)
      .text(b.name, x, doc.y + 26, { width: w, align: 'center' });
  });
  doc.x = doc.page.margins.left;
}

/** A bordered table: a bold header row, then one row per entry; columns take shares `w` of the text width. */
export function table(
  doc: Pdf,
  columns: readonly { title: string; w: number }[],
  rows: readonly (readonly string[])[],
) {
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const row = (cells: readonly string[], bold: boolean) => {
    if (doc.y > doc.page.height - doc.page.margins.bottom - 30) doc.addPage();
    const top = doc.y;
    let x = doc.page.margins.left;
    let bottom = top;
    doc.font(bold ? 'bold' : 'regular').fontSize(7);
    cells.forEach((c, i) => {
      const w = (columns[i]?.w ?? 0) * width;
      doc.text(c, x + 2, top + 2, { width: w - 4 });
      bottom = Math.max(bottom, doc.y);
      x += w;
    });
    doc.rect(doc.page.margins.left, top, width, bottom - top + 2).stroke();
    doc.y = bottom + 2;
  };
  row(
    columns.map((c) => c.title),
    true,
  );
  for (const r of rows) row(r, false);
}
