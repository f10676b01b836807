/**
 * Streams the rows of an uploaded file without holding it in memory: XLSX through exceljs' streaming reader
 * (first worksheet, dates as Date), CSV through csv-parse (UTF-8 when the bytes are valid UTF-8, otherwise read
 * byte-for-byte so the legacy decoders see the original bytes; delimiter , ; or tab from the first line).
 * Reports the bytes read for progress. Unreadable input becomes a coded error, never a crash.
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { backlogError } from '../backlog.errors.ts';

export type FileFormat = 'xlsx' | 'csv';

export interface SourceRow {
  /** 1-based row number in the sheet or file. */
  readonly number: number;
  readonly cells: unknown[];
}

const SNIFF = 65_536;

async function head(filePath: string, bytes = SNIFF): Promise<Buffer> {
  const handle = await open(filePath, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * A truncated XLSX has lost its zip directory (at the end of the file); the streaming reader would wait for it
 * forever, so it is refused before reading: the end-of-directory record must be there and point inside the file.
 */
async function ensureCompleteZip(filePath: string, size: number, fileName: string): Promise<void> {
  const tailSize = Math.min(size, 65_557);
  const handle = await open(filePath, 'r');
  try {
    const tail = Buffer.alloc(tailSize);
    await handle.read(tail, 0, tailSize, size - tailSize);
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) !== 0x06054b50) continue;
      const dirSize = tail.readUInt32LE(i + 12);
      const dirOffset = tail.readUInt32LE(i + 16);
      if (dirOffset + dirSize <= size - tailSize + i) return;
      break;
    }
  } finally {
    await handle.close();
  }
  throw backlogError('BACKLOG_FILE_CORRUPT', {
    fileName,
    reason: 'the zip directory is missing: the file is truncated',
  });
}

/** Decides the format from the leading bytes; refuses old .xls, other binaries and empty files. */
export async function sniffFormat(filePath: string, fileName: string): Promise<{ format: FileFormat; size: number }> {
  const { size } = await stat(filePath);
  const bytes = await head(filePath);
  if (bytes.length === 0) throw backlogError('BACKLOG_FILE_EMPTY', { fileName });
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    await ensureCompleteZip(filePath, size, fileName);
    return { format: 'xlsx', size };
  }
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    throw backlogError('BACKLOG_FORMAT_UNSUPPORTED', { fileName, hint: 'Excel 97–2003 (.xls): save as .xlsx or .csv' });
  let control = 0;
  for (const b of bytes) if (b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d)) control++;
  if (control > 0 && control / bytes.length > 0.01)
    throw backlogError('BACKLOG_FILE_UNREADABLE', { fileName, reason: 'binary content: neither XLSX nor CSV text' });
  return { format: 'csv', size };
}

/** UTF-8 (with or without BOM) when the leading bytes are valid UTF-8; otherwise each byte as one character. */
export async function sniffCsvEncoding(filePath: string): Promise<'utf8' | 'latin1'> {
  const bytes = await head(filePath);
  // A multi-byte character may be cut at the end of the sniffed block: ignore up to 3 trailing bytes.
  for (let cut = 0; cut <= 3; cut++) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, Math.max(0, bytes.length - cut)));
      return 'utf8';
    } catch {
      if (bytes.length < SNIFF) break;
    }
  }
  return 'latin1';
}

function delimiterOf(firstLine: string): string {
  const outside = firstLine.replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, outside.split(d).length - 1] as const);
  return counts.sort((a, b) => b[1] - a[1])[0]![1] > 0 ? counts[0]![0] : ',';
}

function counting(onBytes: (n: number) => void): Transform {
  let total = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      total += chunk.length;
      onBytes(total);
      done(null, chunk);
    },
  });
}

export async function* readRows(
  filePath: string,
  format: FileFormat,
  onBytes: (n: number) => void = () => {},
): AsyncGenerator<SourceRow> {
  if (format === 'csv') {
    const encoding = await sniffCsvEncoding(filePath);
    const first =
      (await head(filePath, 8192))
        .toString(encoding)
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)[0] ?? '';
    const parser = createReadStream(filePath)
      .pipe(counting(onBytes))
      .setEncoding(encoding)
      .pipe(
        parse({
          delimiter: delimiterOf(first),
          bom: true,
          relax_column_count: true,
          relax_quotes: true,
          skip_empty_lines: true,
        }),
      );
    let number = 0;
    try {
      for await (const record of parser as AsyncIterable<string[]>) yield { number: ++number, cells: record };
    } catch (e) {
      throw backlogError('BACKLOG_FILE_UNREADABLE', {
        reason: e instanceof Error ? e.message : String(e),
        row: number,
      });
    }
    return;
  }
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(createReadStream(filePath).pipe(counting(onBytes)), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'emit',
  });
  let sheets = 0;
  let number = 0;
  try {
    for await (const sheet of reader) {
      if (sheets++ > 0) break; // first worksheet only
      for await (const row of sheet) {
        number = row.number;
        const values = row.values as unknown[];
        yield { number, cells: Array.isArray(values) ? values.slice(1) : [] };
      }
    }
  } catch (e) {
    throw backlogError('BACKLOG_FILE_CORRUPT', { reason: e instanceof Error ? e.message : String(e), row: number });
  }
  if (sheets === 0) throw backlogError('BACKLOG_FILE_CORRUPT', { reason: 'no worksheet' });
}
