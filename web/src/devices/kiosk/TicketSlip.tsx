/**
 * The issued ticket: on screen (number, group, zone, people ahead, estimated wait, the masked number the
 * near-turn text will go to, QR of the phone page) and as an 80 mm thermal slip that only exists for @media print.
 * Returns to the start after a while.
 */
import { useEffect } from 'react';
import { type IssuedTicket, maskPhone } from '../../../../src/modules/queue/contracts.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { WardName } from '../DeviceShell.tsx';
import { priorityLabel } from '../labels.ts';
import { absoluteUrl, QrCode } from '../QrCode.tsx';

const BACK_AFTER_MS = 45_000;

export function TicketSlip({
  ticket,
  phone,
  ward,
  autoPrint,
  onDone,
}: {
  ticket: IssuedTicket;
  /** The number the citizen left at the kiosk for the near-turn text, if any. */
  phone: string | null;
  ward: WardName;
  autoPrint: boolean;
  onDone: () => void;
}) {
  const { lang, t } = useI18n();
  const trackUrl = absoluteUrl(ticket.trackUrl);
  const groupName = lang === 'en' ? ticket.groupNameEn : ticket.groupName;

  useEffect(() => {
    // Give the QR a moment to render before the print job takes the page.
    const print = autoPrint ? setTimeout(() => window.print(), 600) : undefined;
    const back = setTimeout(onDone, BACK_AFTER_MS);
    return () => {
      if (print) clearTimeout(print);
      clearTimeout(back);
    };
  }, [autoPrint, onDone]);

  const wait =
    ticket.ahead === 0
      ? t('qd.ticket.next')
      : t('qd.ticket.ahead', { n: ticket.ahead, min: ticket.estimatedWaitMinutes });
  const sms = phone ? t('qd.ticket.sms', { phone: maskPhone(phone) ?? '' }) : null;

  return (
    <section className="kiosk-body kiosk-ticket" aria-live="polite">
      <div className="dv-card ticket-card" data-testid="kiosk-ticket">
        <p className="ticket-label">{t('qd.ticket.yourNumber')}</p>
        <p className="ticket-number" data-testid="ticket-number">
          {ticket.number}
        </p>
        <p className="ticket-group">{groupName}</p>
        <p className="ticket-zone">{ticket.zone}</p>
        {ticket.priority ? <p className="ticket-priority">★ {t(priorityLabel[ticket.priority])}</p> : null}
        {ticket.appointmentCode ? (
          <p className="ticket-priority">{t('qd.ticket.appointment', { code: ticket.appointmentCode })}</p>
        ) : null}
        <p className="ticket-wait">{wait}</p>
        {sms ? (
          <p className="ticket-sms" data-testid="ticket-sms">
            {sms}
          </p>
        ) : null}
      </div>
      <div className="dv-card ticket-qr-card">
        <QrCode text={trackUrl} label={t('qd.ticket.qrLabel')} className="ticket-qr" />
        <p>{t('qd.ticket.scan')}</p>
      </div>
      <div className="ticket-actions">
        <button type="button" className="dv-btn dv-btn-outline" onClick={() => window.print()}>
          {t('qd.ticket.print')}
        </button>
        <button type="button" className="dv-btn dv-btn-primary" onClick={onDone}>
          {t('qd.ticket.done')}
        </button>
      </div>

      {/* The thermal slip: 80 mm wide, black on white, only in print. */}
      <div className="print-slip" aria-hidden="true">
        <p className="ps-ward">{ward.name.toUpperCase()}</p>
        <p className="ps-center">{t('app.center')}</p>
        <hr />
        <p className="ps-label">{t('qd.ticket.yourNumber')}</p>
        <p className="ps-number">{ticket.number}</p>
        <p className="ps-group">{groupName}</p>
        <p>{ticket.zone}</p>
        {ticket.priority ? <p>★ {t(priorityLabel[ticket.priority])}</p> : null}
        <p className="ps-wait">{wait}</p>
        {sms ? <p className="ps-small">{sms}</p> : null}
        <QrCode text={trackUrl} label="" className="ps-qr" />
        <p className="ps-small">{t('qd.ticket.scan')}</p>
        <p className="ps-small">{formatDateTime(ticket.issuedAt)}</p>
      </div>
    </section>
  );
}
