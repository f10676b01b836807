/**
 * The citizen's phone page behind the ticket's QR code (/q/:trackId): status, people ahead, estimated wait,
 * the counter when called. Public (no sign-in, never a name or a phone number); refreshes every 15 s and when
 * the phone comes back to the page.
 */
import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { PublicTicket } from '../../../../src/modules/queue/contracts.ts';
import { errorMessage, isApiError } from '../../app/api.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { EmblemMark } from '../../ui/EmblemMark.tsx';
import './phone.css';
import { LangToggle, Loading } from '../DeviceShell.tsx';
import { deviceApi } from '../deviceApi.ts';
import { statusLabel } from '../labels.ts';

const REFRESH_MS = 15_000;
const time = (d: Date) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(d);

export default function TrackPage() {
  const { trackId = '' } = useParams();
  const { lang, t } = useI18n();
  const [ticket, setTicket] = useState<PublicTicket | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [updated, setUpdated] = useState<Date | null>(null);

  const load = useCallback(async () => {
    try {
      const next = await deviceApi('GET', `/api/public/queue/tickets/${encodeURIComponent(trackId)}`, {
        schema: PublicTicket,
      });
      setTicket((prev) => {
        if (prev && prev.status !== 'called' && next.status === 'called') navigator.vibrate?.([300, 150, 300]);
        return next;
      });
      setUpdated(new Date());
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [trackId]);

  useEffect(() => {
    void load();
    const id = setInterval(() => document.visibilityState === 'visible' && void load(), REFRESH_MS);
    const onVisible = () => document.visibilityState === 'visible' && void load();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(id);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [load]);

  const notFound = isApiError(error, 404) || isApiError(error, 400);
  return (
    <main className="dv-page phone">
      <header className="phone-header">
        <EmblemMark size={36} />
        <span>{t('app.center')}</span>
        <LangToggle compact />
      </header>
      {!ticket && !error ? <Loading /> : null}
      {notFound ? (
        <p className="dv-card phone-msg">{t('qd.phone.notFound')}</p>
      ) : error && !ticket ? (
        <p className="dv-error" role="alert">
          {errorMessage(error, lang)}
        </p>
      ) : null}
      {ticket ? (
        <>
          <section
            className={`dv-card phone-card phone-${ticket.status}`}
            aria-live="polite"
            data-testid="phone-ticket"
          >
            <p className="phone-label">{t('qd.ticket.yourNumber')}</p>
            <p className="phone-number">{ticket.number}</p>
            <p className="phone-group">{lang === 'en' ? ticket.groupNameEn : ticket.groupName}</p>
            <p className="phone-status">{t(statusLabel[ticket.status])}</p>
            {ticket.status === 'waiting' ? (
              <dl className="phone-facts">
                <div>
                  <dt>{t('qd.phone.ahead')}</dt>
                  <dd data-testid="phone-ahead">{ticket.ahead}</dd>
                </div>
                <div>
                  <dt>{t('qd.phone.wait')}</dt>
                  <dd>
                    {ticket.ahead === 0
                      ? t('qd.phone.soon')
                      : t('qd.phone.minutes', { n: ticket.estimatedWaitMinutes })}
                  </dd>
                </div>
              </dl>
            ) : null}
            {(ticket.status === 'called' || ticket.status === 'serving') && ticket.counterNumber !== null ? (
              <p className="phone-go">{t('qd.phone.goTo', { n: ticket.counterNumber })}</p>
            ) : null}
            {ticket.zone ? <p className="phone-zone">{ticket.zone}</p> : null}
          </section>
          <p className="phone-hint">{t(ticket.status === 'waiting' ? 'qd.phone.hintWaiting' : 'qd.phone.hintOther')}</p>
          <p className="phone-updated">
            {error ? `${errorMessage(error, lang)} · ` : ''}
            {updated ? t('qd.phone.updated', { time: time(updated) }) : ''}{' '}
            <button type="button" className="dv-link" onClick={() => void load()}>
              {t('qd.phone.refresh')}
            </button>
          </p>
        </>
      ) : null}
    </main>
  );
}
