/**
 * Step 2: the procedure's checklist with one upload per document (type, size and checksum shown back) and
 * the applicant, checked with the same schemas as the server (12-digit personal ID, Vietnamese mobile).
 */
import { type FormEvent, useRef, useState } from 'react';
import {
  Applicant,
  IntakeResult,
  type OnlineSubmission,
  type PortalProcedure,
} from '../../../../src/modules/dossiers/contracts.ts';
import { StoredFile } from '../../../../src/modules/files/contracts.ts';
import { errorMessage } from '../../app/api.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { nameOf } from './ProcedurePicker.tsx';
import { submitDossier, uploadFile } from './portalApi.ts';

type Upload = { state: 'uploading' } | { state: 'done'; file: StoredFile } | { state: 'error'; error: unknown };
type Field = 'fullName' | 'idNumber' | 'phone' | 'email' | 'address';
const FIELDS: Field[] = ['fullName', 'idNumber', 'phone', 'email', 'address'];
const ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';
export const MAX_UPLOAD_MB = 10;

const isNote = (d: PortalProcedure['documents'][number]) => /^lưu ý/i.test(d.condition ?? '');
const sizeText = (n: number) => (n >= 1_048_576 ? `${(n / 1_048_576).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`);

export function SubmitForm({
  wardCode,
  procedure,
  onDone,
  onBack,
}: {
  wardCode: string;
  procedure: PortalProcedure;
  onDone: (r: IntakeResult) => void;
  onBack: () => void;
}) {
  const { t, lang } = useI18n();
  const [uploads, setUploads] = useState<Record<string, Upload>>({});
  const [values, setValues] = useState<Record<Field, string>>({
    fullName: '',
    idNumber: '',
    phone: '',
    email: '',
    address: '',
  });
  const [invalid, setInvalid] = useState<Partial<Record<Field, boolean>>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const key = useRef(crypto.randomUUID()); // one per filled form: a retry replays, never a second dossier

  // The catalog keeps its remarks ("Lưu ý") among the documents: they are read, not uploaded.
  const notes = procedure.documents.filter(isNote);
  const documents = procedure.documents.filter((d) => !isNote(d));
  const needed = documents.filter((d) => d.required && d.condition === null);
  const uploaded = documents.filter((d) => uploads[d.id]?.state === 'done').length;
  const missing = needed.filter((d) => uploads[d.id]?.state !== 'done');
  const blocked = missing.length > 0 || uploaded === 0;

  const pick = async (docId: string, file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_UPLOAD_MB * 1_048_576) {
      setUploads((u) => ({
        ...u,
        [docId]: { state: 'error', error: new Error(t('dos.pt.tooBig', { mb: MAX_UPLOAD_MB })) },
      }));
      return;
    }
    setUploads((u) => ({ ...u, [docId]: { state: 'uploading' } }));
    try {
      const stored = await uploadFile(wardCode, file, StoredFile);
      setUploads((u) => ({ ...u, [docId]: { state: 'done', file: stored } }));
    } catch (e) {
      setUploads((u) => ({ ...u, [docId]: { state: 'error', error: e } }));
    }
  };

  const check = (): boolean => {
    const bad: Partial<Record<Field, boolean>> = {};
    for (const f of FIELDS) {
      if (f === 'email' && !values.email.trim()) continue;
      bad[f] = !Applicant.shape[f].safeParse(values[f]).success;
    }
    setInvalid(bad);
    return !Object.values(bad).some(Boolean);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!check() || blocked) return;
    const body: OnlineSubmission = {
      procedureCode: procedure.code,
      applicant: {
        fullName: values.fullName.trim(),
        idNumber: values.idNumber.trim(),
        phone: values.phone.trim(),
        ...(values.email.trim() ? { email: values.email.trim() } : {}),
        address: values.address.trim(),
      },
      documents: procedure.documents.flatMap((d) => {
        const u = uploads[d.id];
        return u?.state === 'done' ? [{ documentId: d.id, name: d.name, fileId: u.file.id }] : [];
      }),
    };
    setBusy(true);
    try {
      onDone(await submitDossier(wardCode, body, key.current, IntakeResult));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const field = (f: Field, type = 'text', extra: Record<string, string> = {}) => (
    <div className="pt-field">
      <label htmlFor={`pt-${f}`} className="pt-label">
        {t(`dos.pt.f.${f}`)}
      </label>
      <input
        id={`pt-${f}`}
        name={f}
        className="pt-input"
        type={type}
        value={values[f]}
        aria-invalid={invalid[f] ?? false}
        aria-describedby={invalid[f] ? `pt-${f}-error` : undefined}
        onChange={(e) => setValues((v) => ({ ...v, [f]: e.target.value }))}
        {...extra}
      />
      {invalid[f] ? (
        <p id={`pt-${f}-error`} className="lk-field-error">
          {t(`dos.pt.e.${f}`)}
        </p>
      ) : null}
    </div>
  );

  return (
    <form className="pt-form" onSubmit={submit} noValidate>
      <section className="lk-card pt-step">
        <button type="button" className="pt-back" onClick={onBack}>
          ← {t('dos.pt.change')}
        </button>
        <h2 className="pt-step-title" data-testid="portal-procedure">
          {nameOf(procedure, lang)}
        </h2>
        <dl className="pt-proc-facts">
          {procedure.processingTime ? (
            <div>
              <dt>{t('dos.pt.time')}</dt>
              <dd>{procedure.processingTime}</dd>
            </div>
          ) : null}
          {procedure.fee ? (
            <div>
              <dt>{t('dos.pt.fee')}</dt>
              <dd>{procedure.fee}</dd>
            </div>
          ) : null}
        </dl>
      </section>
      <section className="lk-card pt-step" aria-labelledby="pt-docs-title">
        <h2 id="pt-docs-title" className="pt-step-title">
          {t('dos.pt.docsTitle')}
        </h2>
        <p className="pt-muted">{t('dos.pt.docsHelp', { mb: MAX_UPLOAD_MB })}</p>
        <ol className="pt-docs">
          {documents.map((d) => {
            const u = uploads[d.id];
            const required = d.required && d.condition === null;
            return (
              <li key={d.id} className="pt-doc" data-testid={`doc-${d.id}`}>
                <div className="pt-doc-head">
                  <span className="pt-doc-name">{d.name}</span>
                  <span className={`pt-tag ${required ? 'pt-tag-required' : ''}`}>
                    {required ? t('dos.pt.required') : d.condition ? t('dos.pt.ifCase') : t('dos.pt.optional')}
                  </span>
                </div>
                {d.condition ? <p className="pt-muted pt-condition">{d.condition}</p> : null}
                {/* A button-like label over the browser's file input: the input stays in the page (keyboard focus, screen
                    readers, the file chooser), only its own untranslatable "Choose File" button is hidden. */}
                <label className={`pt-file ${u?.state === 'uploading' ? 'pt-file-busy' : ''}`}>
                  <input
                    type="file"
                    className="sr-only"
                    accept={ACCEPT}
                    disabled={u?.state === 'uploading'}
                    aria-label={`${t('dos.pt.upload')}: ${d.name}`}
                    onChange={(e) => {
                      void pick(d.id, e.target.files?.[0]);
                      e.target.value = ''; // the same file picked again (after an error) is a new choice
                    }}
                  />
                  <svg aria-hidden="true" className="pt-file-icon" viewBox="0 0 24 24">
                    <path d="M12 16V4m0 0-5 5m5-5 5 5M4 20h16" />
                  </svg>
                  {t(u?.state === 'done' ? 'dos.pt.chooseAnother' : 'dos.pt.choose')}
                </label>
                {u?.state === 'uploading' ? <p className="pt-muted">{t('dos.pt.uploading')}</p> : null}
                {u?.state === 'done' ? (
                  <p className="pt-uploaded" data-testid="uploaded">
                    ✓ {u.file.name} · {sizeText(u.file.size)} ·{' '}
                    <span className="mono" title={u.file.sha256}>
                      SHA-256 {u.file.sha256.slice(0, 12)}…
                    </span>
                  </p>
                ) : null}
                {u?.state === 'error' ? (
                  <p className="dv-error" role="alert">
                    {errorMessage(u.error, lang)}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
        {notes.length > 0 ? (
          <details className="pt-notes">
            <summary>{t('dos.pt.notes', { count: notes.length })}</summary>
            <ul>
              {notes.map((n) => (
                <li key={n.id}>{n.name}</li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>
      <section className="lk-card pt-step" aria-labelledby="pt-who-title">
        <h2 id="pt-who-title" className="pt-step-title">
          {t('dos.pt.applicantTitle')}
        </h2>
        {field('fullName', 'text', { autoComplete: 'name' })}
        {field('idNumber', 'text', { inputMode: 'numeric', maxLength: '12', autoComplete: 'off' })}
        {field('phone', 'tel', { autoComplete: 'tel' })}
        {field('email', 'email', { autoComplete: 'email' })}
        {field('address', 'text', { autoComplete: 'street-address' })}
        <p className="pt-muted">{t('dos.pt.privacy')}</p>
        {blocked ? (
          <p className="pt-warn" data-testid="portal-missing">
            {missing.length > 0 ? t('dos.pt.missing', { count: missing.length }) : t('dos.pt.atLeastOne')}
          </p>
        ) : null}
        {error ? (
          <p className="dv-error" role="alert">
            {errorMessage(error, lang)}
          </p>
        ) : null}
        <button type="submit" className="dv-btn dv-btn-primary pt-submit" disabled={busy || blocked}>
          {busy ? t('app.loading') : t('dos.pt.submit')}
        </button>
      </section>
    </form>
  );
}
