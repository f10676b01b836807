/** The booking's confirmation: the code to type at the kiosk, the day and time, what to bring. */
import type { BookedAppointment } from '../../../../src/modules/queue/contracts.ts';
import { formatDate, WARD_TIME_ZONE } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';

const hhmm = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: WARD_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));

export function BookingConfirmation({
  booked,
  groupName,
  zone,
}: {
  booked: BookedAppointment;
  groupName: string;
  zone: string;
}) {
  const { t } = useI18n();
  return (
    <section className="dv-card booking-done" role="status" data-testid="booking-done">
      <h2>{t('qd.book.done')}</h2>
      <p>{t('qd.book.yourCode')}</p>
      <p className="booking-code" data-testid="booking-code">
        {booked.code}
      </p>
      <dl className="phone-facts">
        <div>
          <dt>{t('qd.book.when')}</dt>
          <dd>
            {hhmm(booked.startsAt)}–{hhmm(booked.endsAt)}, {formatDate(booked.startsAt)}
          </dd>
        </div>
        <div>
          <dt>{t('qd.book.group')}</dt>
          <dd>
            {booked.group} · {groupName}
          </dd>
        </div>
      </dl>
      {zone ? <p>{zone}</p> : null}
      <p className="booking-note">{t('qd.book.howTo')}</p>
      <button type="button" className="dv-btn dv-btn-outline" onClick={() => window.print()}>
        {t('qd.book.print')}
      </button>
    </section>
  );
}
