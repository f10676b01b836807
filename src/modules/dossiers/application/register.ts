/** Form 07, the dossier register for a period of receipt dates, as PDF (A4) or XLSX; stored like the forms. */
import type { RequestContext } from '../../../kernel/actor.ts';
import { recordAudit } from '../../../kernel/audit.ts';
import { type AnyDb, tablesOf } from '../../../kernel/db.ts';
import { isPlainDate, toEpochDay } from '../../../kernel/plain-date.ts';
import { formatFormDateTimeVn } from '../../calendar/index.ts';
import { getWard } from '../../identity/index.ts';
import { dossierError } from '../dossiers.errors.ts';
import { type RegisterRow, renderRegisterPdf, renderRegisterXlsx } from '../infra/pdf/register.ts';
import type { DossierTables } from '../infra/tables.ts';
import { type GeneratedForm, storeGeneratedForm } from './forms.ts';
import type { DossierServices } from './support.ts';

const METHOD = { counter: 'Trực tiếp', online: 'Trực tuyến', post: 'Bưu chính' } as Record<string, string>;
const dmy = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

export async function getRegister(
  db: AnyDb,
  ctx: RequestContext,
  period: { from: string; to: string },
  format: 'pdf' | 'xlsx',
  services: DossierServices,
): Promise<GeneratedForm> {
  const { from, to } = period;
  if (!isPlainDate(from) || !isPlainDate(to) || from > to || toEpochDay(to) - toEpochDay(from) > 366)
    throw dossierError('DOSSIER_PERIOD_INVALID', { from, to });
  const wardId = ctx.actor.wardId;
  const now = services.clock.now();
  const start = new Date(`${from}T00:00:00+07:00`);
  const end = new Date(Date.parse(`${to}T00:00:00+07:00`) + 86_400_000);
  const rows = await tablesOf<DossierTables>(db)
    .selectFrom('dossiers')
    .selectAll()
    .where('ward_id', '=', wardId)
    .where('received_at', '>=', start)
    .where('received_at', '<', end)
    .orderBy('received_at')
    .orderBy('code')
    .limit(50_000)
    .execute();
  const ward = await getWard(db, wardId);
  const data = {
    wardName: ward.name,
    from: dmy(from),
    to: dmy(to),
    at: now,
    rows: rows.map(
      (r, i): RegisterRow => ({
        no: i + 1,
        code: r.code,
        procedure: r.procedure_name,
        applicant: r.applicant_name,
        contact: `${r.applicant_address}; ${r.applicant_phone}`,
        unit: r.department_name ?? ward.name,
        receivedAt: r.received_at ? formatFormDateTimeVn(new Date(r.received_at)) : '',
        appointmentAt: r.appointment_at ? formatFormDateTimeVn(new Date(r.appointment_at)) : '',
        returnedAt: r.returned_at ? formatFormDateTimeVn(new Date(r.returned_at)) : '',
        collected: r.return_method ? (METHOD[r.return_method] ?? r.return_method) : '',
      }),
    ),
  };
  const bytes = format === 'pdf' ? await renderRegisterPdf(data) : await renderRegisterXlsx(data);
  const fileName = `so-theo-doi-ho-so-${from}-${to}.${format}`;
  await recordAudit(
    db,
    ctx.actor,
    ctx.requestId,
    {
      action: 'dossier.register-read',
      targetType: 'register',
      targetId: `${from}..${to}`,
      details: { format, rows: rows.length },
    },
    now,
  );
  if (!services.store) return { bytes, fileName, sha256: null };
  return storeGeneratedForm(db, ctx, services.store, {
    bytes,
    fileName,
    form: '07',
    format,
    dossier: null,
    period: { from, to },
    now,
  });
}
