/**
 * The entrance kiosk: pick a service group, declare a priority, optionally leave a mobile number for a text
 * when the turn is near, get a ticket (printed on the 80 mm thermal printer through the browser's print, with the
 * QR of the phone page); or check in a booked appointment.
 * Authenticated by a kiosk device token. Large touch targets, Vietnamese first with an English switch.
 */
import { useCallback, useEffect, useState } from 'react';
import { Group, IssuedTicket, type PriorityCategory } from '../../../../src/modules/queue/contracts.ts';
import { errorMessage } from '../../app/api.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Clock, DeviceHeader, DeviceSetup, LangToggle, Loading, useDeviceMe } from '../DeviceShell.tsx';
import { deviceApi } from '../deviceApi.ts';
import { PRIORITIES, priorityLabel } from '../labels.ts';
import { deviceSetting, useDeviceToken } from '../token.ts';
import { CheckInPad } from './CheckInPad.tsx';
import { PhonePad } from './PhonePad.tsx';
import { TicketSlip } from './TicketSlip.tsx';
import './kiosk.css';
import './print.css';

type Step =
  | { kind: 'groups' }
  | { kind: 'priority'; group: Group }
  | { kind: 'phone'; group: Group; priority: PriorityCategory | null }
  | { kind: 'checkin' }
  | { kind: 'ticket'; ticket: IssuedTicket; phone: string | null };

export default function KioskPage() {
  const { t } = useI18n();
  const [token, setToken] = useDeviceToken('kiosk');
  const { me, error } = useDeviceMe(token, setToken);
  if (!token) return <DeviceSetup title={t('qd.kiosk.setup')} error={error} onToken={setToken} />;
  if (!me) return <Loading />;
  return <Kiosk token={token} ward={me.ward} />;
}

function Kiosk({ token, ward }: { token: string; ward: { name: string; nameEn: string } }) {
  const { lang, t } = useI18n();
  const [groups, setGroups] = useState<Group[] | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'groups' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [autoPrint] = useState(() => deviceSetting('kiosk', 'print', 'auto') === 'auto');

  useEffect(() => {
    let stop = false;
    let timer: ReturnType<typeof setTimeout>;
    const load = () =>
      deviceApi('GET', '/api/queue/groups', { token, schema: Group.array() })
        .then((g) => {
          if (stop) return;
          setGroups(g.filter((x) => x.active).sort((a, b) => a.sortOrder - b.sortOrder));
          timer = setTimeout(load, 5 * 60_000);
        })
        .catch(() => {
          if (!stop) timer = setTimeout(load, 5000);
        });
    void load();
    return () => {
      stop = true;
      clearTimeout(timer);
    };
  }, [token]);

  const home = useCallback(() => {
    setError(null);
    setStep({ kind: 'groups' });
  }, []);

  const issue = async (group: Group, priority: PriorityCategory | null, phone: string | null) => {
    setBusy(true);
    setError(null);
    try {
      const ticket = await deviceApi('POST', '/api/queue/tickets', {
        token,
        body: { group: group.letter, priority, channel: 'kiosk', lang, ...(phone ? { phone } : {}) },
        schema: IssuedTicket,
        idempotent: true,
      });
      setStep({ kind: 'ticket', ticket, phone });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const name = (g: { name: string; nameEn: string }) => (lang === 'en' ? g.nameEn : g.name);

  return (
    <main className="dv-page kiosk" aria-busy={busy}>
      <DeviceHeader
        ward={ward}
        right={
          <>
            <LangToggle large />
            <Clock />
          </>
        }
      />
      {error ? (
        <div className="dv-error kiosk-error" role="alert">
          {errorMessage(error, lang)}
        </div>
      ) : null}
      {step.kind === 'groups' ? (
        <section className="kiosk-body">
          <h1 className="kiosk-title">{t('qd.kiosk.title')}</h1>
          <p className="kiosk-sub">{t('qd.kiosk.pickGroup')}</p>
          {groups === null ? (
            <Loading />
          ) : (
            <div className="kiosk-groups">
              {groups.map((g) => (
                <button
                  key={g.id}
                  type="button"
                  className="kiosk-group"
                  data-group={g.letter}
                  onClick={() => setStep({ kind: 'priority', group: g })}
                >
                  <span className="kiosk-letter" aria-hidden="true">
                    {g.letter}
                  </span>
                  <span className="kiosk-group-text">
                    <strong>{name(g)}</strong>
                    <span>{g.fields.slice(0, 3).join(' · ')}</span>
                  </span>
                </button>
              ))}
            </div>
          )}
          <button
            type="button"
            className="dv-btn dv-btn-outline kiosk-checkin"
            onClick={() => setStep({ kind: 'checkin' })}
          >
            {t('qd.kiosk.haveAppointment')}
          </button>
        </section>
      ) : null}
      {step.kind === 'priority' ? (
        <section className="kiosk-body">
          <h1 className="kiosk-title">
            <span className="kiosk-letter kiosk-letter-sm" aria-hidden="true">
              {step.group.letter}
            </span>{' '}
            {name(step.group)}
          </h1>
          <p className="kiosk-sub">{t('qd.kiosk.priorityQuestion')}</p>
          <button
            type="button"
            className="dv-btn dv-btn-primary kiosk-normal"
            onClick={() => setStep({ kind: 'phone', group: step.group, priority: null })}
          >
            {t('qd.kiosk.noPriority')}
          </button>
          <div className="kiosk-priorities">
            {PRIORITIES.map((p) => (
              <button
                key={p}
                type="button"
                className="kiosk-priority"
                data-priority={p}
                onClick={() => setStep({ kind: 'phone', group: step.group, priority: p })}
              >
                {t(priorityLabel[p])}
              </button>
            ))}
          </div>
          <p className="kiosk-note">{t('qd.kiosk.priorityNote')}</p>
          <button type="button" className="dv-btn dv-btn-ghost" onClick={home}>
            ← {t('qd.back')}
          </button>
        </section>
      ) : null}
      {step.kind === 'phone' ? (
        <PhonePad
          group={step.group}
          priority={step.priority}
          busy={busy}
          onIssue={(phone) => void issue(step.group, step.priority, phone)}
          onBack={() => {
            setError(null);
            setStep({ kind: 'priority', group: step.group });
          }}
          onIdle={home}
        />
      ) : null}
      {step.kind === 'checkin' ? (
        <CheckInPad
          token={token}
          onTicket={(ticket) => setStep({ kind: 'ticket', ticket, phone: null })}
          onCancel={home}
        />
      ) : null}
      {step.kind === 'ticket' ? (
        <TicketSlip ticket={step.ticket} phone={step.phone} ward={ward} autoPrint={autoPrint} onDone={home} />
      ) : null}
    </main>
  );
}
