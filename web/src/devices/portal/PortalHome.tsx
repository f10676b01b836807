/**
 * The citizen portal's front page (/cong-dan): submit a dossier online, look one up, book a visit, and the
 * same assistant widget as the kiosk (/hoi-dap) to ask about a procedure. Public, light (no console bundle).
 */
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { PublicWard } from '../../../../src/modules/identity/contracts.ts';
import { AskWidget } from '../../features/assistant/AskWidget.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { deviceApi } from '../deviceApi.ts';
import { PortalHeader } from './PortalHeader.tsx';
import '../lookup/lookup.css';
import './portal.css';

/** Line icons as SVG paths (24×24): a document, a magnifier, a calendar, a speech bubble. */
const ICONS = {
  submit: 'M6 2h9l5 5v15H6zM14 2v6h6M9 13h8M9 17h8',
  lookup: 'M10.5 4a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13zM15.5 15.5 21 21',
  book: 'M4 6h16v15H4zM4 10h16M8 3v5M16 3v5M8 14h3',
  ask: 'M4 5h16v11H9l-5 4zM8 9h8M8 12h5',
} as const;

const TILES = [
  { to: '/nop-ho-so', icon: ICONS.submit, title: 'dos.ph.submit', text: 'dos.ph.submitText', testId: 'tile-submit' },
  { to: '/tra-cuu', icon: ICONS.lookup, title: 'dos.ph.lookup', text: 'dos.ph.lookupText', testId: 'tile-lookup' },
  { to: '/book', icon: ICONS.book, title: 'dos.ph.book', text: 'dos.ph.bookText', testId: 'tile-book' },
  { to: '/hoi-dap', icon: ICONS.ask, title: 'dos.ph.ask', text: 'dos.ph.askText', testId: 'tile-ask' },
] as const;

export default function PortalHome() {
  const { t } = useI18n();
  const [ward, setWard] = useState<PublicWard | null>(null);
  const [code] = useState(() => new URLSearchParams(window.location.search).get('ward') ?? undefined);
  useEffect(() => {
    deviceApi('GET', `/api/public/ward${code ? `?code=${encodeURIComponent(code)}` : ''}`, { schema: PublicWard })
      .then(setWard)
      .catch(() => undefined);
  }, [code]);
  const withWard = (to: string) => (code ? `${to}?ward=${encodeURIComponent(code)}` : to);

  return (
    <main className="dv-page lk pt pt-home">
      <PortalHeader ward={ward} />
      <div className="lk-body pt-body pt-home-body">
        <h1 className="lk-title">{t('dos.ph.title')}</h1>
        <p className="lk-sub pt-lead">{t('dos.ph.subtitle')}</p>
        <nav className="pt-tiles" aria-label={t('dos.ph.title')}>
          {TILES.map((tile) => (
            <Link key={tile.to} to={withWard(tile.to)} className="pt-tile" data-testid={tile.testId}>
              <svg className="pt-tile-icon" viewBox="0 0 24 24" aria-hidden="true">
                <path d={tile.icon} />
              </svg>
              <span className="pt-tile-title">{t(tile.title)}</span>
              <span className="pt-tile-text">{t(tile.text)}</span>
            </Link>
          ))}
        </nav>
        <section className="lk-card pt-ask" aria-labelledby="pt-ask-title">
          <h2 id="pt-ask-title" className="pt-step-title">
            {t('dos.ph.askTitle')}
          </h2>
          <AskWidget token={null} ward={code} ticketHint={t('as.ticketAtKiosk')} />
        </section>
      </div>
    </main>
  );
}
