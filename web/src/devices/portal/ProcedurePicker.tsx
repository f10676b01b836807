/** Step 1 of the online submission: find the procedure (Vietnamese or English words) among those offered online. */
import { useEffect, useState } from 'react';
import { z } from 'zod';
import { PortalProcedureHit } from '../../../../src/modules/dossiers/contracts.ts';
import { errorMessage } from '../../app/api.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { deviceApi } from '../deviceApi.ts';

export const nameOf = (p: { nameVi: string; nameEn: string | null }, lang: 'vi' | 'en') =>
  lang === 'en' && p.nameEn ? p.nameEn : p.nameVi;

export function ProcedurePicker({ onPick }: { onPick: (code: string) => void }) {
  const { t, lang } = useI18n();
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<PortalProcedureHit[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      const query = q.trim() ? `?${new URLSearchParams({ q: q.trim() })}` : '';
      deviceApi('GET', `/api/public/portal/procedures${query}`, { schema: z.array(PortalProcedureHit) })
        .then((h) => {
          if (!live) return;
          setHits(h);
          setError(null);
        })
        .catch((e: unknown) => live && setError(e));
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [q]);

  return (
    <section className="lk-card pt-step" aria-labelledby="pt-pick-title">
      <h2 id="pt-pick-title" className="pt-step-title">
        {t('dos.pt.pickTitle')}
      </h2>
      <label htmlFor="pt-search" className="pt-label">
        {t('dos.pt.search')}
      </label>
      <input
        id="pt-search"
        className="pt-input"
        type="search"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        placeholder={t('dos.pt.searchHint')}
        autoComplete="off"
      />
      {error ? (
        <p className="dv-error" role="alert">
          {errorMessage(error, lang)}
        </p>
      ) : null}
      <ul className="pt-hits" data-testid="portal-procedures">
        {hits?.map((h) => (
          <li key={h.code}>
            <button type="button" className="pt-hit" onClick={() => onPick(h.code)}>
              <span className="pt-hit-name">{nameOf(h, lang)}</span>
              <span className="pt-hit-field">{h.field}</span>
            </button>
          </li>
        ))}
      </ul>
      {hits && hits.length === 0 ? <p className="pt-muted">{t('dos.pt.noHits')}</p> : null}
    </section>
  );
}
