/**
 * The citizen's status page (/tra-cuu): the dossier code and the lookup secret printed on the receipt. The QR
 * code's URL (/tra-cuu?ma=<code>&mk=<secret>; `secret=` is accepted too) fills the form and looks up at once.
 * Public, light (plain React + CSS, no console bundle); shows the applicant's initials only.
 */
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { PublicStatus } from '../../../../src/modules/dossiers/contracts.ts';
import { errorMessage } from '../../app/api.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { EmblemMark } from '../../ui/EmblemMark.tsx';
import { LangToggle } from '../DeviceShell.tsx';
import { deviceApi } from '../deviceApi.ts';
import './lookup.css';

const CODE_RE = /^[0-9A-Za-z.]{1,40}-\d{6}-\d{4,}$/;

function toneOf(s: PublicStatus): string {
  if ([3, 7, 8].includes(s.statusCode)) return 'closed';
  if (s.statusCode === 5) return 'action';
  if (s.statusCode >= 9) return 'done';
  return 'progress';
}

function remainingTone(r: NonNullable<PublicStatus['remaining']>): string {
  if (r.overdue) return 'late';
  if (r.paused) return 'paused';
  return r.totalMinutes < 480 ? 'soon' : 'ok';
}

function StatusCard({ s }: { s: PublicStatus }) {
  const { t, lang } = useI18n();
  return (
    <section className={`lk-card lk-result lk-${toneOf(s)}`} aria-live="polite" data-testid="lookup-result">
      <p className="lk-label">{t('dos.lk.status')}</p>
      <p className="lk-status" data-status={s.status}>
        {s.statusLabel[lang]}
      </p>
      <p className="lk-code">{s.code}</p>
      <dl className="lk-facts">
        <div>
          <dt>{t('dos.lk.procedure')}</dt>
          <dd>{lang === 'en' && s.procedureNameEn ? s.procedureNameEn : s.procedureName}</dd>
        </div>
        <div>
          <dt>{t('dos.lk.applicant')}</dt>
          <dd>{s.applicantInitials}</dd>
        </div>
        <div>
          <dt>{t('dos.lk.received')}</dt>
          <dd>{formatDateTime(s.receivedAt)}</dd>
        </div>
        <div>
          <dt>{t('dos.lk.appointment')}</dt>
          <dd className="lk-strong">{formatDateTime(s.appointmentAt)}</dd>
        </div>
        {s.remaining ? (
          <div>
            <dt>{t('dos.lk.remaining')}</dt>
            <dd>
              <span className={`lk-remaining lk-remaining-${remainingTone(s.remaining)}`}>{s.remaining[lang]}</span>
            </dd>
          </div>
        ) : null}
      </dl>
      <h2 className="lk-steps-title">{t('dos.lk.steps')}</h2>
      <ol className="lk-steps">
        {s.steps
          .map((step, seq) => ({ ...step, seq }))
          .reverse()
          .map((step, i) => (
            <li key={step.seq} className={i === 0 ? 'lk-step-current' : undefined}>
              <span className="lk-step-label">{step.label[lang]}</span>
              <time dateTime={step.at}>{formatDateTime(step.at)}</time>
            </li>
          ))}
      </ol>
      <p className="lk-privacy">{t('dos.lk.privacy')}</p>
    </section>
  );
}

export default function LookupPage() {
  const { t, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const [code, setCode] = useState(() => params.get('ma') ?? '');
  const [secret, setSecret] = useState(() => params.get('mk') ?? params.get('secret') ?? '');
  const [result, setResult] = useState<PublicStatus | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [badCode, setBadCode] = useState(false);
  const [busy, setBusy] = useState(false);
  const started = useRef(false);

  const lookup = useCallback(async (c: string, s: string) => {
    const codeText = c.trim();
    const secretText = s.trim().toUpperCase();
    setBadCode(!CODE_RE.test(codeText));
    if (!CODE_RE.test(codeText) || !secretText) return;
    setBusy(true);
    try {
      const r = await deviceApi(
        'GET',
        `/api/public/dossiers/${encodeURIComponent(codeText)}?${new URLSearchParams({ mk: secretText })}`,
        { schema: PublicStatus },
      );
      setResult(r);
      setError(null);
    } catch (e) {
      setResult(null);
      setError(e);
    } finally {
      setBusy(false);
    }
  }, []);

  // The QR code's link: look up once with what it carries.
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    if (code && secret) void lookup(code, secret);
  }, [code, secret, lookup]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setParams({ ma: code.trim() }, { replace: true }); // the secret stays out of the address bar
    void lookup(code, secret);
  };

  const again = () => {
    setResult(null);
    setError(null);
    setCode('');
    setSecret('');
    setParams({}, { replace: true });
  };

  return (
    <main className="dv-page lk">
      <header className="lk-header">
        <EmblemMark size={36} />
        <span>{t('app.center')}</span>
        <LangToggle />
      </header>
      <div className="lk-body">
        <h1 className="lk-title">{t('dos.lk.title')}</h1>
        {result ? (
          <>
            <StatusCard s={result} />
            <button type="button" className="dv-btn lk-again" onClick={again}>
              {t('dos.lk.again')}
            </button>
          </>
        ) : (
          <form className="lk-card lk-form" onSubmit={submit} noValidate>
            <p className="lk-sub">{t('dos.lk.subtitle')}</p>
            <label htmlFor="lk-code">{t('dos.lk.code')}</label>
            <input
              id="lk-code"
              name="ma"
              value={code}
              onChange={(e) => setCode(e.target.value)}
              placeholder={t('dos.lk.codeHint')}
              autoComplete="off"
              spellCheck={false}
              aria-invalid={badCode}
              aria-describedby={badCode ? 'lk-code-error' : undefined}
            />
            {badCode ? (
              <p id="lk-code-error" className="lk-field-error">
                {t('dos.lk.badCode')}
              </p>
            ) : null}
            <label htmlFor="lk-secret">{t('dos.lk.secret')}</label>
            <input
              id="lk-secret"
              name="mk"
              value={secret}
              onChange={(e) => setSecret(e.target.value)}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              className="lk-secret-input"
            />
            {error ? (
              <p className="dv-error lk-error" role="alert">
                {errorMessage(error, lang)}
              </p>
            ) : null}
            <button type="submit" className="dv-btn dv-btn-primary lk-submit" disabled={busy || !code || !secret}>
              {busy ? t('app.loading') : t('dos.lk.submit')}
            </button>
          </form>
        )}
      </div>
    </main>
  );
}
