/**
 * One data row of an imported file → the item's fields, or the reason per cell why the row is refused.
 * Text is converted with its column's encoding (always NFC); dates, phones and ID numbers are repaired.
 */
import type { PlainDate } from '../../../kernel/plain-date.ts';
import type { ColumnMapping, ItemField } from '../contracts.ts';
import { convertCell, type Encoding } from './encodings/detect.ts';
import { cellText, normaliseIdNumber, normalisePhone, parseLegacyDate } from './repair.ts';

export interface ParsedRow {
  originalCode: string;
  receiptNumber: string | null;
  procedureCode: string | null;
  procedureName: string | null;
  field: string | null;
  applicantName: string | null;
  idNumber: string | null;
  phone: string | null;
  address: string | null;
  receivedOn: PlainDate;
  dueOn: PlainDate | null;
  legacyStatus: string | null;
  officer: string | null;
  missingDocuments: string | null;
  notes: string | null;
  extra: Record<string, string>;
}

export type RowOutcome =
  | { kind: 'empty' }
  | { kind: 'ok'; row: ParsedRow }
  | { kind: 'rejected'; cells: string[]; reasons: Record<number, string> };

const DATE_FIELDS = new Set<ItemField>(['receivedOn', 'dueOn']);

export function parseRow(
  cells: readonly unknown[],
  mapping: readonly ColumnMapping[],
  encodings: ReadonlyMap<number, Encoding>,
  today: PlainDate,
): RowOutcome {
  const texts = mapping.map((m) => convertCell(cellText(cells[m.index]), encodings.get(m.index) ?? 'unicode'));
  if (texts.every((t) => t === '')) return { kind: 'empty' };
  const reasons: Record<number, string> = {};
  const value: Partial<Record<ItemField, string>> = {};
  const column: Partial<Record<ItemField, number>> = {};
  const dates: Partial<Record<ItemField, PlainDate | null>> = {};
  const extra: Record<string, string> = {};
  mapping.forEach((m, i) => {
    const text = texts[i]!;
    if (m.target === 'ignore') return;
    if (m.target === 'extra') {
      if (text) extra[m.header] = text;
      return;
    }
    column[m.target] = i;
    if (DATE_FIELDS.has(m.target)) {
      const raw = cells[m.index];
      const given = raw instanceof Date || typeof raw === 'number' ? raw : text;
      if (given === '' || given === null || given === undefined) dates[m.target] = null;
      else {
        const parsed = parseLegacyDate(given);
        if (parsed.ok) dates[m.target] = parsed.value;
        else reasons[i] = parsed.reason;
      }
      return;
    }
    if (text) value[m.target] = text;
  });
  const at = (f: ItemField) => column[f] ?? -1;
  const originalCode = value.originalCode;
  if (!originalCode) reasons[at('originalCode')] = 'thiếu mã hồ sơ';
  else if (originalCode.length > 100) reasons[at('originalCode')] = 'mã hồ sơ quá dài';
  if (!value.procedureName && !value.procedureCode) reasons[at('procedureName')] = 'thiếu tên thủ tục';
  const receivedOn = dates.receivedOn;
  if (receivedOn === null || (receivedOn === undefined && reasons[at('receivedOn')] === undefined))
    reasons[at('receivedOn')] = 'thiếu ngày nhận';
  if (receivedOn && receivedOn > today) reasons[at('receivedOn')] = `ngày nhận sau hôm nay: ${receivedOn}`;
  const dueOn = dates.dueOn ?? null;
  if (receivedOn && dueOn && dueOn < receivedOn) reasons[at('dueOn')] = `ngày hẹn trả trước ngày nhận: ${dueOn}`;
  const phone = normalisePhone(value.phone);
  if (!phone.ok) reasons[at('phone')] = phone.reason;
  const idNumber = normaliseIdNumber(value.idNumber);
  if (!idNumber.ok) reasons[at('idNumber')] = idNumber.reason;
  if (Object.keys(reasons).length > 0 || !originalCode || !receivedOn || !phone.ok || !idNumber.ok)
    return { kind: 'rejected', cells: texts, reasons };
  const opt = (f: ItemField) => value[f] ?? null;
  return {
    kind: 'ok',
    row: {
      originalCode,
      receiptNumber: opt('receiptNumber'),
      procedureCode: opt('procedureCode'),
      procedureName: opt('procedureName'),
      field: opt('field'),
      applicantName: opt('applicantName'),
      idNumber: idNumber.value,
      phone: phone.value,
      address: opt('address'),
      receivedOn,
      dueOn,
      legacyStatus: opt('legacyStatus'),
      officer: opt('officer'),
      missingDocuments: opt('missingDocuments'),
      notes: opt('notes'),
      extra,
    },
  };
}
