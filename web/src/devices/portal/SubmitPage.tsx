/**
 * Online submission for citizens (/nop-ho-so, `?ward=<code>` for another ward, `?thu-tuc=<code>` to start at a
 * procedure): pick the procedure, upload one file per required document, give the applicant, submit, and keep
 * the dossier code and the lookup secret for /tra-cuu. Public, light (plain React + CSS, no console bundle).
 */
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { type IntakeResult, PortalProcedure } from '../../../../src/modules/dossiers/contracts.ts';
import { PublicWard } from '../../../../src/modules/identity/contracts.ts';
import { errorMessage } from '../../app/api.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { deviceApi } from '../deviceApi.ts';
import { PortalHeader } from './PortalHeader.tsx';
import { nameOf, ProcedurePicker } from './ProcedurePicker.tsx';
import { SubmitDone } from './SubmitDone.tsx';
import { SubmitForm } from './SubmitForm.tsx';
import '../lookup/lookup.css';
import './portal.css';

export default function SubmitPage() {
  const { t, lang } = useI18n();
  const [ward, setWard] = useState<PublicWard | null>(null);
  const [code, setCode] = useState<string | null>(() => new URLSearchParams(window.location.search).get('thu-tuc'));
  const [procedure, setProcedure] = useState<PortalProcedure | null>(null);
  const [result, setResult] = useState<IntakeResult | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const w = new URLSearchParams(window.location.search).get('ward');
    deviceApi('GET', `/api/public/ward${w ? `?code=${encodeURIComponent(w)}` : ''}`, { schema: PublicWard })
      .then(setWard)
      .catch(setError);
  }, []);

  useEffect(() => {
    setProcedure(null);
    if (!code) return;
    let live = true;
    deviceApi('GET', `/api/public/portal/procedures/${encodeURIComponent(code)}`, { schema: PortalProcedure })
      .then((p) => {
        if (!live) return;
        setProcedure(p);
        setError(null);
      })
      .catch((e: unknown) => {
        if (!live) return;
        setError(e);
        setCode(null);
      });
    return () => {
      live = false;
    };
  }, [code]);

  const stage = result ? 'done' : (code ?? 'pick');
  // A new step starts at the top of the page (a phone keeps the old scroll position otherwise).
  useEffect(() => {
    if (stage) window.scrollTo({ top: 0 });
  }, [stage]);

  return (
    <main className="dv-page lk pt">
      <PortalHeader ward={ward} />
      <div className="lk-body pt-body">
        <nav className="pt-crumbs">
          <Link to="/cong-dan">{t('dos.pt.home')}</Link> › <span>{t('dos.pt.title')}</span>
        </nav>
        <h1 className="lk-title">{t('dos.pt.title')}</h1>
        <ol className="pt-progress" aria-label={t('dos.pt.title')}>
          {(['dos.pt.step1', 'dos.pt.step2', 'dos.pt.step3'] as const).map((k, i) => {
            const at = result ? 2 : procedure ? 1 : 0;
            return (
              <li key={k} aria-current={i === at ? 'step' : undefined} className={i < at ? 'pt-past' : undefined}>
                {t(k)}
              </li>
            );
          })}
        </ol>
        {error ? (
          <p className="dv-error" role="alert">
            {errorMessage(error, lang)}
          </p>
        ) : null}
        {result && procedure ? (
          <SubmitDone result={result} procedureName={nameOf(procedure, lang)} />
        ) : procedure && ward ? (
          <SubmitForm wardCode={ward.code} procedure={procedure} onDone={setResult} onBack={() => setCode(null)} />
        ) : code ? (
          <p className="pt-muted">{t('app.loading')}</p>
        ) : (
          <ProcedurePicker onPick={setCode} />
        )}
      </div>
    </main>
  );
}
