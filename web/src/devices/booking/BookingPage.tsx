/**
 * Online booking for citizens (`/book`, `?ward=<code>` for another ward): choose a service group, a day and a
 * time slot, give a name and a phone number, get a confirmation code to type at the kiosk. Public.
 */
import { type FormEvent, useEffect, useState } from 'react';
import { z } from 'zod';
import { PublicWard } from '../../../../src/modules/identity/contracts.ts';
import { BookedAppointment, Slot } from '../../../../src/modules/queue/contracts.ts';
import { errorMessage } from '../../app/api.ts';
import { formatDate, formatToday, WARD_TIME_ZONE } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import '../phone/phone.css';
import './booking.css';
import { DeviceHeader, LangToggle, Loading } from '../DeviceShell.tsx';
import { deviceApi } from '../deviceApi.ts';
import { BookingConfirmation } from './BookingConfirmation.tsx';

const PublicGroup = z.object({ letter: z.string(), name: z.string(), nameEn: z.string(), zone: z.string() });
type PublicGroup = z.infer<typeof PublicGroup>;

const DAYS_AHEAD = 14;
const isoDay = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: WARD_TIME_ZONE }).format(d);
const hhmm = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: WARD_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));

/** The next days except Sundays (the center is closed), as ISO dates in the ward's time zone. */
function nextDays(): Date[] {
  const out: Date[] = [];
  for (let i = 0; out.length < DAYS_AHEAD && i < DAYS_AHEAD * 2; i++) {
    const d = new Date(Date.now() + i * 86_400_000);
    const weekday = new Intl.DateTimeFormat('en-US', { timeZone: WARD_TIME_ZONE, weekday: 'short' }).format(d);
    if (weekday !== 'Sun') out.push(d);
  }
  return out;
}

export default function BookingPage() {
  const { lang, t } = useI18n();
  const [ward, setWard] = useState<PublicWard | null>(null);
  const [groups, setGroups] = useState<PublicGroup[] | null>(null);
  const [group, setGroup] = useState<string | null>(null);
  const [day, setDay] = useState<string | null>(null);
  const [slots, setSlots] = useState<Slot[] | null>(null);
  const [slot, setSlot] = useState<Slot | null>(null);
  const [fullName, setFullName] = useState('');
  const [phone, setPhone] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [booked, setBooked] = useState<BookedAppointment | null>(null);
  const [days] = useState(nextDays);

  useEffect(() => {
    const code = new URLSearchParams(window.location.search).get('ward');
    deviceApi('GET', `/api/public/ward${code ? `?code=${encodeURIComponent(code)}` : ''}`, { schema: PublicWard })
      .then(async (w) => {
        setWard(w);
        setGroups(await deviceApi('GET', `/api/public/queue/wards/${w.code}/groups`, { schema: PublicGroup.array() }));
      })
      .catch(setError);
  }, []);

  useEffect(() => {
    setSlot(null);
    setSlots(null);
    if (!ward || !group || !day) return;
    let live = true;
    deviceApi('GET', `/api/public/queue/wards/${ward.code}/slots?group=${group}&date=${day}`, { schema: Slot.array() })
      .then((s) => live && setSlots(s.filter((x) => Date.parse(x.startsAt) > Date.now())))
      .catch((e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
  }, [ward, group, day]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!ward || !slot) return;
    setBusy(true);
    setError(null);
    try {
      setBooked(
        await deviceApi('POST', `/api/public/queue/wards/${ward.code}/appointments`, {
          body: { slotId: slot.id, fullName: fullName.trim(), phone: phone.trim() },
          schema: BookedAppointment,
          idempotent: true,
        }),
      );
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const groupName = (g: PublicGroup) => (lang === 'en' ? g.nameEn : g.name);
  const chosen = groups?.find((g) => g.letter === group) ?? null;

  return (
    <main className="dv-page booking">
      <DeviceHeader ward={ward} right={<LangToggle />} />
      <div className="booking-body">
        <h1 className="booking-title">{t('qd.book.title')}</h1>
        <p className="booking-sub">{t('qd.book.subtitle')}</p>
        {error ? (
          <p className="dv-error" role="alert">
            {errorMessage(error, lang)}
          </p>
        ) : null}
        {booked && ward ? (
          <BookingConfirmation
            booked={booked}
            groupName={chosen ? groupName(chosen) : booked.group}
            zone={chosen?.zone ?? ''}
          />
        ) : (
          <>
            <fieldset className="booking-step">
              <legend>1. {t('qd.book.group')}</legend>
              {groups === null ? <Loading /> : null}
              <div className="booking-groups">
                {groups?.map((g) => (
                  <button
                    key={g.letter}
                    type="button"
                    aria-pressed={group === g.letter}
                    onClick={() => setGroup(g.letter)}
                  >
                    <span className="kiosk-letter kiosk-letter-sm">{g.letter}</span>
                    <span>
                      <strong>{groupName(g)}</strong>
                      <small>{g.zone}</small>
                    </span>
                  </button>
                ))}
              </div>
            </fieldset>
            <fieldset className="booking-step" disabled={!group}>
              <legend>2. {t('qd.book.day')}</legend>
              <div className="booking-days">
                {days.map((d) => {
                  const iso = isoDay(d);
                  const [weekday] = formatToday(d, lang).split(',');
                  return (
                    <button
                      key={iso}
                      type="button"
                      aria-pressed={day === iso}
                      onClick={() => setDay(iso)}
                      data-day={iso}
                    >
                      <small>{weekday}</small>
                      <strong>{formatDate(d).slice(0, 5)}</strong>
                    </button>
                  );
                })}
              </div>
            </fieldset>
            <fieldset className="booking-step" disabled={!day || !group}>
              <legend>3. {t('qd.book.slot')}</legend>
              {group && day && slots === null ? <Loading /> : null}
              {slots && slots.length === 0 ? <p className="booking-none">{t('qd.book.noSlots')}</p> : null}
              <div className="booking-slots">
                {slots?.map((s) => (
                  <button
                    key={s.id}
                    type="button"
                    aria-pressed={slot?.id === s.id}
                    disabled={s.available <= 0}
                    onClick={() => setSlot(s)}
                  >
                    <strong>
                      {hhmm(s.startsAt)}–{hhmm(s.endsAt)}
                    </strong>
                    <small>{s.available > 0 ? t('qd.book.left', { n: s.available }) : t('qd.book.full')}</small>
                  </button>
                ))}
              </div>
            </fieldset>
            <form className="booking-step booking-form" onSubmit={(e) => void submit(e)}>
              <h2>4. {t('qd.book.contact')}</h2>
              <label>
                <span>{t('qd.book.fullName')}</span>
                <input
                  required
                  minLength={2}
                  maxLength={200}
                  autoComplete="name"
                  value={fullName}
                  onChange={(e) => setFullName(e.target.value)}
                  disabled={!slot}
                />
              </label>
              <label>
                <span>{t('qd.book.phone')}</span>
                <input
                  required
                  type="tel"
                  inputMode="tel"
                  pattern="\+?[0-9 .\-]{8,20}"
                  autoComplete="tel"
                  value={phone}
                  onChange={(e) => setPhone(e.target.value)}
                  disabled={!slot}
                />
              </label>
              <button type="submit" className="dv-btn dv-btn-primary" disabled={!slot || busy}>
                {t('qd.book.submit')}
              </button>
            </form>
          </>
        )}
      </div>
    </main>
  );
}
