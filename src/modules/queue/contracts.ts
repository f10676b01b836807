/** Queue contracts shared by the API and the web app (kiosk, display board, counter, monitor, phone page). */
import { z } from 'zod';
import { normalisePhone } from '../notify/contracts.ts';
import { CounterState } from './contracts-insights.ts';

export const GroupLetter = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]$/, 'one letter A–Z');
export const TicketStatus = z.enum(['waiting', 'called', 'serving', 'on_hold', 'finished', 'no_show', 'cancelled']);
export type TicketStatus = z.infer<typeof TicketStatus>;
export const TicketAction = z.enum([
  'call',
  'recall',
  'no-show',
  'start',
  'hold',
  'resume',
  'transfer',
  'finish',
  'cancel',
]);
export type TicketAction = z.infer<typeof TicketAction>;
export const PeriodKind = z.enum(['waiting', 'called', 'serving', 'on_hold']);
export type PeriodKind = z.infer<typeof PeriodKind>;
/** Người cao tuổi, người khuyết tật, phụ nữ mang thai, người có con dưới 6 tuổi, người có công. */
export const PriorityCategory = z.enum(['elderly', 'disability', 'pregnant', 'child_under_6', 'merit']);
export type PriorityCategory = z.infer<typeof PriorityCategory>;
export const TicketChannel = z.enum(['kiosk', 'robot', 'staff', 'appointment']);
export type TicketChannel = z.infer<typeof TicketChannel>;
export const Lang = z.enum(['vi', 'en']);
export type Lang = z.infer<typeof Lang>;
/** rất hài lòng / hài lòng / bình thường / không hài lòng */
export const RatingScore = z.enum(['very_satisfied', 'satisfied', 'neutral', 'dissatisfied']);
export type RatingScore = z.infer<typeof RatingScore>;
/** A Vietnamese mobile number (0912 345 678, +84912345678…): the turn and reminder SMS go to it, so it must be
 * one the notify module can text. */
const Phone = z
  .string()
  .trim()
  .refine((v) => normalisePhone(v) !== undefined, 'phone: a Vietnamese mobile number');

/** Masks a phone for staff lists and the kiosk slip: 0901234567 → 090****567. */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return null;
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7) return '****';
  return `${digits.slice(0, 3)}****${digits.slice(-3)}`;
}
const Minutes = z.number().nonnegative();

export const Group = z.object({
  id: z.uuid(),
  letter: z.string(),
  name: z.string(),
  nameEn: z.string(),
  zone: z.string(),
  sortOrder: z.number().int(),
  active: z.boolean(),
  fields: z.array(z.string()),
});
export type Group = z.infer<typeof Group>;

export const GroupUpsert = z.strictObject({
  name: z.string().trim().min(2).max(200),
  nameEn: z.string().trim().min(2).max(200),
  zone: z.string().trim().max(200).default(''),
  sortOrder: z.number().int().min(0).max(1000).default(0),
  active: z.boolean().default(true),
  fields: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
});
export type GroupUpsert = z.input<typeof GroupUpsert>;

export const Counter = z.object({
  id: z.uuid(),
  number: z.number().int(),
  name: z.string(),
  zone: z.string(),
  active: z.boolean(),
  groups: z.array(z.string()),
  state: CounterState,
  staffId: z.uuid().nullable(),
  staffName: z.string().nullable(),
  currentTicket: z.object({ id: z.uuid(), number: z.string(), status: TicketStatus }).nullable(),
  lastTicketId: z.uuid().nullable(),
});
export type Counter = z.infer<typeof Counter>;

export const CounterCreate = z.strictObject({
  number: z.number().int().min(1).max(999),
  name: z.string().trim().min(1).max(200),
  zone: z.string().trim().max(200).default(''),
  groups: z.array(GroupLetter).min(1).max(26),
});
export type CounterCreate = z.input<typeof CounterCreate>;
export const CounterUpdate = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  zone: z.string().trim().max(200).optional(),
  active: z.boolean().optional(),
  groups: z.array(GroupLetter).min(1).max(26).optional(),
});
export type CounterUpdate = z.infer<typeof CounterUpdate>;
export const SignIn = z.strictObject({ force: z.boolean().default(false) }).nullish();

export const TicketIssue = z.strictObject({
  group: GroupLetter,
  priority: PriorityCategory.nullish(),
  channel: TicketChannel.exclude(['appointment']).nullish(),
  phone: Phone.nullish(),
  lang: Lang.default('vi'),
});
export type TicketIssue = z.input<typeof TicketIssue>;

/** What the kiosk prints and the robot reads out. */
export const IssuedTicket = z.object({
  id: z.uuid(),
  number: z.string(),
  group: z.string(),
  groupName: z.string(),
  groupNameEn: z.string(),
  zone: z.string(),
  priority: PriorityCategory.nullable(),
  channel: TicketChannel,
  lang: Lang,
  issuedAt: z.iso.datetime(),
  ahead: z.number().int(),
  estimatedWaitMinutes: z.number().int(),
  trackId: z.uuid(),
  trackUrl: z.string(),
  appointmentCode: z.string().nullable(),
});
export type IssuedTicket = z.infer<typeof IssuedTicket>;

/** A ticket as the counter screen sees it (phone masked). */
export const Ticket = z.object({
  id: z.uuid(),
  number: z.string(),
  group: z.string(),
  status: TicketStatus,
  priority: PriorityCategory.nullable(),
  channel: TicketChannel,
  lang: Lang,
  phone: z.string().nullable(),
  appointment: z.boolean(),
  arrivedAt: z.iso.datetime(),
  calledAt: z.iso.datetime().nullable(),
  finishedAt: z.iso.datetime().nullable(),
  counterId: z.uuid().nullable(),
  counterNumber: z.number().int().nullable(),
  recalls: z.number().int(),
  dossierRefs: z.array(z.string()),
  allowedActions: z.array(TicketAction),
  version: z.number().int(),
});
export type Ticket = z.infer<typeof Ticket>;

export const TicketPeriod = z.object({
  kind: PeriodKind,
  group: z.string(),
  counterId: z.uuid().nullable(),
  staffId: z.uuid().nullable(),
  startedAt: z.iso.datetime(),
  endedAt: z.iso.datetime().nullable(),
  minutes: Minutes,
});
export const TicketLogEntry = z.object({
  seq: z.number().int(),
  at: z.iso.datetime(),
  type: z.string(),
  actorName: z.string().nullable(),
  counterId: z.uuid().nullable(),
  group: z.string(),
  details: z.record(z.string(), z.unknown()),
});
export const TicketDetail = Ticket.extend({
  periods: z.array(TicketPeriod),
  actions: z.array(TicketLogEntry),
  waitMinutes: Minutes,
  serviceMinutes: Minutes,
});
export type TicketDetail = z.infer<typeof TicketDetail>;

export const TicketListQuery = z.strictObject({
  status: TicketStatus.optional(),
  group: GroupLetter.optional(),
  date: z.iso.date().optional(),
});

export const TicketActionRequest = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('recall') }),
  z.strictObject({ type: z.literal('no-show') }),
  z.strictObject({ type: z.literal('start') }),
  z.strictObject({ type: z.literal('hold'), reason: z.string().trim().max(500).optional() }),
  z.strictObject({ type: z.literal('resume') }),
  z.strictObject({ type: z.literal('transfer'), group: GroupLetter, reason: z.string().trim().max(500).optional() }),
  z.strictObject({
    type: z.literal('finish'),
    dossierRefs: z.array(z.string().trim().min(1).max(100)).max(20).optional(),
  }),
  z.strictObject({ type: z.literal('cancel'), reason: z.string().trim().max(500).optional() }),
]);
export type TicketActionRequest = z.infer<typeof TicketActionRequest>;
export const CallTicket = z.strictObject({ ticketId: z.uuid() });

/** The phone page behind the QR code: never a phone number or a name. */
export const PublicTicket = z.object({
  number: z.string(),
  group: z.string(),
  groupName: z.string(),
  groupNameEn: z.string(),
  zone: z.string(),
  status: TicketStatus,
  ahead: z.number().int(),
  estimatedWaitMinutes: z.number().int(),
  counterNumber: z.number().int().nullable(),
  issuedAt: z.iso.datetime(),
  calledAt: z.iso.datetime().nullable(),
});
export type PublicTicket = z.infer<typeof PublicTicket>;

export const Announcement = z.object({ vi: z.string(), en: z.string() });
export const DisplayCall = z.object({
  ticketNumber: z.string(),
  group: z.string(),
  counterNumber: z.number().int(),
  at: z.iso.datetime(),
  recall: z.boolean(),
  speech: Announcement,
});
export type DisplayCall = z.infer<typeof DisplayCall>;
export const DisplaySnapshot = z.object({
  at: z.iso.datetime(),
  counters: z.array(
    z.object({
      number: z.number().int(),
      name: z.string(),
      open: z.boolean(),
      ticketNumber: z.string().nullable(),
      status: TicketStatus.nullable(),
    }),
  ),
  lastCalls: z.array(DisplayCall),
  waiting: z.array(z.object({ group: z.string(), name: z.string(), nameEn: z.string(), count: z.number().int() })),
});
export type DisplaySnapshot = z.infer<typeof DisplaySnapshot>;

export const Rating = z.strictObject({
  score: RatingScore,
  comment: z.string().trim().max(1000).nullish(),
});
export type Rating = z.infer<typeof Rating>;
export const RatingResult = z.object({
  ticketId: z.uuid(),
  score: RatingScore,
  ratedAt: z.iso.datetime(),
});

export const QueueSettings = z.object({
  recallsBeforeNoShow: z.number().int().min(0).max(10),
  waitAlertMinutes: z.number().int().min(1).max(600),
  targetWaitMinutes: z.number().int().min(1).max(600),
  targetPercent: z.number().int().min(1).max(99),
  defaultServiceMinutes: z.number().positive().max(600),
  checkInEarlyMinutes: z.number().int().min(0).max(600),
  appointmentGraceMinutes: z.number().int().min(0).max(600),
});
export type QueueSettings = z.infer<typeof QueueSettings>;
export const QueueSettingsUpdate = QueueSettings.partial().strict();
export type QueueSettingsUpdate = z.infer<typeof QueueSettingsUpdate>;

export const SlotsCreate = z.strictObject({
  group: GroupLetter,
  date: z.iso.date(),
  slots: z
    .array(
      z.strictObject({
        start: z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'HH:MM'),
        end: z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'HH:MM'),
        capacity: z.number().int().min(0).max(1000),
      }),
    )
    .min(1)
    .max(100),
});
export type SlotsCreate = z.infer<typeof SlotsCreate>;
export const Slot = z.object({
  id: z.uuid(),
  group: z.string(),
  date: z.iso.date(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  capacity: z.number().int(),
  available: z.number().int(),
});
export type Slot = z.infer<typeof Slot>;
export const SlotQuery = z.strictObject({ group: GroupLetter, date: z.iso.date() });
export const Booking = z.strictObject({
  slotId: z.uuid(),
  fullName: z.string().trim().min(2).max(200),
  phone: Phone,
});
export type Booking = z.infer<typeof Booking>;
export const AppointmentStatus = z.enum(['booked', 'checked_in', 'no_show', 'cancelled']);
export const BookedAppointment = z.object({
  code: z.string(),
  group: z.string(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  status: AppointmentStatus,
});
export type BookedAppointment = z.infer<typeof BookedAppointment>;
export const Appointment = BookedAppointment.extend({
  id: z.uuid(),
  fullName: z.string(),
  phone: z.string(),
  ticketNumber: z.string().nullable(),
});
export type Appointment = z.infer<typeof Appointment>;
export const CheckIn = z.strictObject({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9-]{4,20}$/),
  lang: Lang.default('vi'),
});

export * from './contracts-insights.ts';
