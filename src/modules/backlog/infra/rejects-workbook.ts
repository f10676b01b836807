/**
 * The downloadable XLSX of rejected rows, streamed to a temporary file as rows are refused: the original row
 * number and cells (after encoding repair), each refused cell filled red with its reason as a note, and a last
 * column with every reason of the row. Only created when a row is refused.
 */
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';

export interface RejectsWorkbook {
  add(rowNumber: number, cells: readonly string[], reasons: Readonly<Record<number, string>>): void;
  readonly count: number;
  /** Finishes the file and returns a stream of it (undefined when nothing was refused). */
  finish(): Promise<AsyncIterable<Uint8Array> | undefined>;
  dispose(): Promise<void>;
}

const RED = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } } as const;

export function createRejectsWorkbook(dir: string, name: string, headers: readonly string[]): RejectsWorkbook {
  const file = path.join(dir, `${name}.xlsx`);
  let writer: ExcelJS.stream.xlsx.WorkbookWriter | undefined;
  let sheet: ExcelJS.Worksheet | undefined;
  let count = 0;
  const open = () => {
    writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
    sheet = writer.addWorksheet('Dòng bị từ chối');
    const header = sheet.addRow(['Dòng', ...headers, 'Lý do từ chối']);
    header.font = { bold: true };
    header.commit();
    return sheet;
  };
  return {
    get count() {
      return count;
    },
    add(rowNumber, cells, reasons) {
      const ws = sheet ?? open();
      count++;
      const row = ws.addRow([rowNumber, ...headers.map((_, i) => cells[i] ?? '')]);
      const all: string[] = [];
      for (const [key, reason] of Object.entries(reasons)) {
        const i = Number(key);
        const label = i >= 0 ? headers[i] : 'Dòng';
        all.push(`${label}: ${reason}`);
        if (i < 0) continue;
        const cell = row.getCell(i + 2);
        cell.fill = RED;
        cell.note = reason;
      }
      row.getCell(headers.length + 2).value = all.join('; ');
      row.commit();
    },
    async finish() {
      if (!writer || !sheet) return undefined;
      sheet.commit();
      await writer.commit();
      return createReadStream(file);
    },
    async dispose() {
      await rm(file, { force: true });
    },
  };
}
