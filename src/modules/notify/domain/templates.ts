/**
 * Message templates in Vietnamese and English. Each template is a zod schema of its data and one function per
 * language returning a subject (email) and a short plain-text body (sent as is by SMS and Zalo too).
 * Dates come as PlainDate (YYYY-MM-DD) and are shown dd/mm/yyyy; times as HH:MM (Asia/Ho_Chi_Minh).
 */
import { z } from 'zod';
import type { Lang, TemplateName } from '../contracts.ts';

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');
const Text = z.string().trim().min(1).max(300);
const Base = z.object({ wardName: Text });

export const TEMPLATE_DATA = {
  receipt: Base.extend({
    citizenName: Text,
    dossierCode: Text,
    procedureName: Text,
    receivedOn: Day,
    dueOn: Day,
    lookupUrl: z.url().optional(),
  }),
  'supplement-request': Base.extend({
    citizenName: Text,
    dossierCode: Text,
    missing: z.array(Text).min(1).max(30),
    reason: Text.optional(),
  }),
  'result-ready': Base.extend({ citizenName: Text, dossierCode: Text, procedureName: Text, pickupPlace: Text }),
  apology: Base.extend({
    citizenName: Text,
    dossierCode: Text,
    previousDueOn: Day,
    newDueOn: Day,
    reason: Text,
  }),
  'ticket-near': Base.extend({ ticketNumber: Text, ahead: z.number().int().min(0).max(999), place: Text.optional() }),
  'appointment-reminder': Base.extend({
    citizenName: Text,
    procedureName: Text,
    date: Day,
    time: Time,
    place: Text,
    bookingCode: Text.optional(),
  }),
  /** To staff: a dossier is due within a working day (due-soon) or past its appointment (late). */
  'deadline-warning': Base.extend({
    staffName: Text,
    dossierCode: Text,
    procedureName: Text,
    kind: z.enum(['due-soon', 'late']),
    dueOn: Day,
    dueAt: Time,
  }),
} as const satisfies Record<TemplateName, z.ZodType>;

export type TemplateData<T extends TemplateName> = z.input<(typeof TEMPLATE_DATA)[T]>;
export interface Rendered {
  subject: string;
  body: string;
}

const dmy = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
const lines = (...parts: Array<string | false | undefined>) => parts.filter(Boolean).join('\n');

type Renderers = { [T in TemplateName]: Record<Lang, (d: z.output<(typeof TEMPLATE_DATA)[T]>) => Rendered> };

const RENDER: Renderers = {
  receipt: {
    vi: (d) => ({
      subject: `Biên nhận hồ sơ ${d.dossierCode}`,
      body: lines(
        `Kính gửi ông/bà ${d.citizenName},`,
        `${d.wardName} đã tiếp nhận hồ sơ ${d.dossierCode} (${d.procedureName}) ngày ${dmy(d.receivedOn)}.`,
        `Ngày hẹn trả kết quả: ${dmy(d.dueOn)}.`,
        d.lookupUrl && `Tra cứu tình trạng hồ sơ: ${d.lookupUrl}`,
      ),
    }),
    en: (d) => ({
      subject: `Receipt for application ${d.dossierCode}`,
      body: lines(
        `Dear ${d.citizenName},`,
        `${d.wardName} received your application ${d.dossierCode} (${d.procedureName}) on ${dmy(d.receivedOn)}.`,
        `Expected result date: ${dmy(d.dueOn)}.`,
        d.lookupUrl && `Track its status: ${d.lookupUrl}`,
      ),
    }),
  },
  'supplement-request': {
    vi: (d) => ({
      subject: `Hồ sơ ${d.dossierCode} cần bổ sung`,
      body: lines(
        `Kính gửi ông/bà ${d.citizenName},`,
        `Hồ sơ ${d.dossierCode} cần bổ sung: ${d.missing.join('; ')}.`,
        d.reason && `Lý do: ${d.reason}.`,
        `Vui lòng bổ sung tại ${d.wardName}.`,
      ),
    }),
    en: (d) => ({
      subject: `Application ${d.dossierCode} needs more documents`,
      body: lines(
        `Dear ${d.citizenName},`,
        `Application ${d.dossierCode} needs: ${d.missing.join('; ')}.`,
        d.reason && `Reason: ${d.reason}.`,
        `Please bring them to ${d.wardName}.`,
      ),
    }),
  },
  'result-ready': {
    vi: (d) => ({
      subject: `Hồ sơ ${d.dossierCode} đã có kết quả`,
      body: lines(
        `Kính gửi ông/bà ${d.citizenName},`,
        `Hồ sơ ${d.dossierCode} (${d.procedureName}) đã có kết quả.`,
        `Mời ông/bà đến nhận tại ${d.pickupPlace}, ${d.wardName}, mang theo giấy biên nhận.`,
      ),
    }),
    en: (d) => ({
      subject: `The result of application ${d.dossierCode} is ready`,
      body: lines(
        `Dear ${d.citizenName},`,
        `The result of application ${d.dossierCode} (${d.procedureName}) is ready.`,
        `Please collect it at ${d.pickupPlace}, ${d.wardName}, with your receipt.`,
      ),
    }),
  },
  apology: {
    vi: (d) => ({
      subject: `Thư xin lỗi về việc trễ hẹn hồ sơ ${d.dossierCode}`,
      body: lines(
        `Kính gửi ông/bà ${d.citizenName},`,
        `${d.wardName} xin lỗi vì hồ sơ ${d.dossierCode} không có kết quả đúng hẹn ngày ${dmy(d.previousDueOn)}.`,
        `Lý do: ${d.reason}.`,
        `Ngày hẹn mới: ${dmy(d.newDueOn)}. Mong ông/bà thông cảm.`,
      ),
    }),
    en: (d) => ({
      subject: `Apology for the delay of application ${d.dossierCode}`,
      body: lines(
        `Dear ${d.citizenName},`,
        `${d.wardName} apologises: application ${d.dossierCode} was not ready on ${dmy(d.previousDueOn)} as promised.`,
        `Reason: ${d.reason}.`,
        `New date: ${dmy(d.newDueOn)}. Thank you for your patience.`,
      ),
    }),
  },
  'ticket-near': {
    vi: (d) => ({
      subject: `Sắp đến lượt số ${d.ticketNumber}`,
      body: lines(
        `${d.wardName}: số thứ tự ${d.ticketNumber} — còn ${d.ahead} người trước bạn.`,
        `Vui lòng có mặt tại ${d.place ?? 'khu vực chờ'}.`,
      ),
    }),
    en: (d) => ({
      subject: `Ticket ${d.ticketNumber}: your turn is near`,
      body: lines(
        `${d.wardName}: ticket ${d.ticketNumber} — ${d.ahead} ${d.ahead === 1 ? 'person' : 'people'} ahead of you.`,
        `Please come to ${d.place ?? 'the waiting area'}.`,
      ),
    }),
  },
  'appointment-reminder': {
    vi: (d) => ({
      subject: `Nhắc lịch hẹn ngày ${dmy(d.date)}`,
      body: lines(
        `Kính gửi ông/bà ${d.citizenName},`,
        `Ông/bà có lịch hẹn (${d.procedureName}) lúc ${d.time} ngày ${dmy(d.date)} tại ${d.place}, ${d.wardName}.`,
        d.bookingCode && `Mã đặt lịch: ${d.bookingCode}.`,
      ),
    }),
    en: (d) => ({
      subject: `Appointment reminder for ${dmy(d.date)}`,
      body: lines(
        `Dear ${d.citizenName},`,
        `You have an appointment (${d.procedureName}) at ${d.time} on ${dmy(d.date)} at ${d.place}, ${d.wardName}.`,
        d.bookingCode && `Booking code: ${d.bookingCode}.`,
      ),
    }),
  },
  'deadline-warning': {
    vi: (d) => ({
      subject: `${d.kind === 'late' ? 'Hồ sơ quá hạn' : 'Hồ sơ sắp đến hạn'}: ${d.dossierCode}`,
      body: lines(
        `Kính gửi ${d.staffName},`,
        d.kind === 'late'
          ? `Hồ sơ ${d.dossierCode} (${d.procedureName}) đã quá hạn trả kết quả lúc ${d.dueAt} ngày ${dmy(d.dueOn)}.`
          : `Hồ sơ ${d.dossierCode} (${d.procedureName}) đến hạn trả kết quả lúc ${d.dueAt} ngày ${dmy(d.dueOn)}.`,
        d.kind === 'late'
          ? 'Đề nghị xử lý ngay và lập Phiếu xin lỗi, hẹn lại ngày trả nếu cần.'
          : 'Đề nghị hoàn thành đúng hạn hoặc lập Phiếu xin lỗi, hẹn lại ngày trả trước hạn ít nhất 1 ngày.',
        d.wardName,
      ),
    }),
    en: (d) => ({
      subject: `${d.kind === 'late' ? 'Dossier overdue' : 'Dossier due soon'}: ${d.dossierCode}`,
      body: lines(
        `Dear ${d.staffName},`,
        d.kind === 'late'
          ? `Dossier ${d.dossierCode} (${d.procedureName}) passed its result date at ${d.dueAt} on ${dmy(d.dueOn)}.`
          : `Dossier ${d.dossierCode} (${d.procedureName}) is due at ${d.dueAt} on ${dmy(d.dueOn)}.`,
        d.kind === 'late'
          ? 'Please act now and issue an apology with a new date if needed.'
          : 'Please finish on time, or issue an apology with a new date at least one day before.',
        d.wardName,
      ),
    }),
  },
};

/** Validates the data and renders it; `undefined` data issues come back as a zod error (see enqueue). */
export function renderTemplate<T extends TemplateName>(template: T, lang: Lang, data: TemplateData<T>): Rendered {
  const parsed = TEMPLATE_DATA[template].parse(data);
  const render = RENDER[template][lang] as (d: typeof parsed) => Rendered;
  return render(parsed);
}
