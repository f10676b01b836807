/** Step 3: the dossier code and the lookup secret (shown once: only its hash is kept), with a QR to /tra-cuu. */
import { Link } from 'react-router-dom';
import type { IntakeResult } from '../../../../src/modules/dossiers/contracts.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { absoluteUrl, QrCode } from '../QrCode.tsx';

export function SubmitDone({ result, procedureName }: { result: IntakeResult; procedureName: string }) {
  const { t } = useI18n();
  const path = `/tra-cuu?${new URLSearchParams({ ma: result.code, mk: result.lookupSecret })}`;
  return (
    <section className="lk-card pt-done" data-testid="portal-result" aria-live="polite">
      <p className="pt-done-ok">{t('dos.pt.doneTitle')}</p>
      <p className="pt-muted">{procedureName}</p>
      <dl className="pt-done-facts">
        <div>
          <dt>{t('dos.lk.code')}</dt>
          <dd className="pt-big mono" data-testid="portal-code">
            {result.code}
          </dd>
        </div>
        <div>
          <dt>{t('dos.lk.secret')}</dt>
          <dd className="pt-big pt-secret mono" data-testid="portal-secret">
            {result.lookupSecret}
          </dd>
        </div>
      </dl>
      <p className="pt-warn">{t('dos.pt.keepSecret')}</p>
      <p>{t('dos.pt.nextSteps')}</p>
      <div className="pt-done-qr">
        <QrCode text={absoluteUrl(path)} label={t('dos.pt.qr')} />
        <div>
          <p className="pt-muted">{t('dos.pt.qrHelp')}</p>
          <Link className="dv-btn dv-btn-primary" to={path} data-testid="portal-lookup-link">
            {t('dos.pt.lookupNow')}
          </Link>
        </div>
      </div>
      <button type="button" className="dv-btn dv-btn-outline pt-print" onClick={() => window.print()}>
        {t('dos.pt.print')}
      </button>
    </section>
  );
}
