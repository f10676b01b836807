/**
 * /hoi-dap: the assistant on the entrance kiosk, the robot's screen or any browser. With a kiosk or robot
 * token (`?token=` once, shared with /kiosk) the answer card offers "Lấy số thứ tự"; without one the page is
 * public (portal, phone) and points to the kiosk for tickets. `?ward=CODE` picks the ward for public use.
 */
import { useEffect, useState } from 'react';
import { PublicWard } from '../../../../src/modules/identity/contracts.ts';
import { IssuedTicket } from '../../../../src/modules/queue/contracts.ts';
import { AskWidget } from '../../features/assistant/AskWidget.tsx';
import { translate, useI18n } from '../../i18n/I18nProvider.tsx';
import { Clock, DeviceHeader, LangToggle, useDeviceMe } from '../DeviceShell.tsx';
import { deviceApi } from '../deviceApi.ts';
import { useDeviceToken } from '../token.ts';
import './ask-kiosk.css';

export default function AskKioskPage() {
  const { t } = useI18n();
  const [token, setToken] = useDeviceToken('kiosk');
  const { me } = useDeviceMe(token, setToken);
  const [ward] = useState(() => new URL(window.location.href).searchParams.get('ward') ?? undefined);
  const [ticket, setTicket] = useState<{ ticket: IssuedTicket; lang: 'vi' | 'en' } | null>(null);
  const device = token && me ? token : null;
  const [publicWard, setPublicWard] = useState<PublicWard | null>(null);
  useEffect(() => {
    if (token) return;
    const query = ward ? `?code=${encodeURIComponent(ward)}` : '';
    deviceApi('GET', `/api/public/ward${query}`, { schema: PublicWard })
      .then(setPublicWard)
      .catch(() => undefined);
  }, [token, ward]);

  const takeTicket = async (code: string, questionId: string | null, lang: 'vi' | 'en') => {
    const issued = await deviceApi('POST', '/api/assistant/ticket', {
      token: device,
      body: { code, lang, ...(questionId ? { questionId } : {}) },
      schema: IssuedTicket,
      idempotent: true,
    });
    setTicket({ ticket: issued, lang });
  };

  return (
    <main className="dv-page ak-page">
      <DeviceHeader
        ward={me?.ward ?? publicWard}
        right={
          <>
            <Clock />
            <LangToggle large compact />
          </>
        }
      />
      <div className="ak-body">
        <h1 className="ak-title">{t('as.kioskTitle')}</h1>
        <p className="ak-sub">{t('as.kioskSub')}</p>
        {ticket ? (
          <TicketPanel ticket={ticket.ticket} lang={ticket.lang} onDone={() => setTicket(null)} />
        ) : (
          <AskWidget
            token={device}
            ward={device ? undefined : ward}
            large
            onTakeTicket={device ? takeTicket : undefined}
            ticketHint={device ? undefined : t('as.ticketAtKiosk')}
          />
        )}
      </div>
    </main>
  );
}

function TicketPanel({ ticket, lang, onDone }: { ticket: IssuedTicket; lang: 'vi' | 'en'; onDone: () => void }) {
  const t = (key: Parameters<typeof translate>[1], p?: Record<string, string | number>) => translate(lang, key, p);
  return (
    <section className="ak-ticket" data-testid="ticket" lang={lang}>
      <p>{t('as.ticket.yours')}</p>
      <strong className="ak-number">{ticket.number}</strong>
      <p className="ak-group">
        {lang === 'en' ? ticket.groupNameEn : ticket.groupName} · {ticket.zone}
      </p>
      <p>{t('as.ticket.ahead', { n: ticket.ahead, min: ticket.estimatedWaitMinutes })}</p>
      <button type="button" className="dv-btn dv-btn-primary" onClick={onDone}>
        {t('as.ticket.done')}
      </button>
    </section>
  );
}
