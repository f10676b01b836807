/**
 * Messages to the applicant, written to the notify outbox inside the dossier's transaction (sent only if the
 * change commits): receipt, supplement request, result ready, apology. SMS to the phone, email when given.
 */
import type { AnyDb } from '../../../kernel/db.ts';
import { localDateOf } from '../../calendar/index.ts';
import { enqueueNotification, type TemplateData, type TemplateName } from '../../notify/index.ts';

export interface Recipient {
  wardId: string;
  dossierId: string;
  phone: string;
  email: string | null;
}

const clip = (s: string, max = 300) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

async function toApplicant<T extends TemplateName>(
  tx: AnyDb,
  r: Recipient,
  template: T,
  data: TemplateData<T>,
  now: Date,
  key: string,
): Promise<void> {
  await enqueueNotification(tx, {
    wardId: r.wardId,
    channel: 'sms',
    to: r.phone,
    template,
    data,
    lang: 'vi',
    dedupeKey: `dossier:${r.dossierId}:${key}:sms`,
    now,
  });
  if (r.email)
    await enqueueNotification(tx, {
      wardId: r.wardId,
      channel: 'email',
      to: r.email,
      template,
      data,
      lang: 'vi',
      dedupeKey: `dossier:${r.dossierId}:${key}:email`,
      now,
    });
}

export interface DossierFacts {
  wardName: string;
  citizenName: string;
  code: string;
  procedureName: string;
}

export function notifyReceipt(
  tx: AnyDb,
  r: Recipient,
  f: DossierFacts & { receivedAt: Date; appointmentAt: Date | null; lookupUrl?: string | undefined },
  now: Date,
): Promise<void> {
  return toApplicant(
    tx,
    r,
    'receipt',
    {
      wardName: clip(f.wardName),
      citizenName: clip(f.citizenName),
      dossierCode: f.code,
      procedureName: clip(f.procedureName),
      receivedOn: localDateOf(f.receivedAt),
      dueOn: localDateOf(f.appointmentAt ?? f.receivedAt),
      ...(f.lookupUrl ? { lookupUrl: f.lookupUrl } : {}),
    },
    now,
    'receipt',
  );
}

export function notifySupplement(
  tx: AnyDb,
  r: Recipient,
  f: DossierFacts & { missing: string[]; reason: string | undefined; seq: number },
  now: Date,
): Promise<void> {
  return toApplicant(
    tx,
    r,
    'supplement-request',
    {
      wardName: clip(f.wardName),
      citizenName: clip(f.citizenName),
      dossierCode: f.code,
      missing: f.missing.map((m) => clip(m)),
      ...(f.reason ? { reason: clip(f.reason) } : {}),
    },
    now,
    `supplement-${f.seq}`,
  );
}

export function notifyResultReady(tx: AnyDb, r: Recipient, f: DossierFacts & { pickupPlace: string }, now: Date) {
  return toApplicant(
    tx,
    r,
    'result-ready',
    {
      wardName: clip(f.wardName),
      citizenName: clip(f.citizenName),
      dossierCode: f.code,
      procedureName: clip(f.procedureName),
      pickupPlace: clip(f.pickupPlace),
    },
    now,
    'result-ready',
  );
}

export function notifyApology(
  tx: AnyDb,
  r: Recipient,
  f: DossierFacts & { previousDue: Date; newDue: Date; reason: string },
  now: Date,
) {
  return toApplicant(
    tx,
    r,
    'apology',
    {
      wardName: clip(f.wardName),
      citizenName: clip(f.citizenName),
      dossierCode: f.code,
      previousDueOn: localDateOf(f.previousDue),
      newDueOn: localDateOf(f.newDue),
      reason: clip(f.reason),
    },
    now,
    'apology',
  );
}

/** The citizen status page for a code (and the secret, when it is known: receipt only). */
export function lookupUrlOf(base: string | undefined, code: string, secret?: string): string | undefined {
  if (!base) return undefined;
  const u = new URL('/tra-cuu', base);
  u.searchParams.set('ma', code);
  if (secret) u.searchParams.set('mk', secret); // the spec's parameter; /tra-cuu still accepts secret=
  return u.toString();
}
