/** Check-in of an online appointment at the kiosk: type the confirmation code on a large on-screen keypad. */
import { type FormEvent, useState } from 'react';
import { IssuedTicket } from '../../../../src/modules/queue/contracts.ts';
import { errorMessage } from '../../app/api.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { deviceApi } from '../deviceApi.ts';

// The code alphabet has no look-alikes (no 0/O, 1/I).
const KEYS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'.split('');

export function CheckInPad({
  token,
  onTicket,
  onCancel,
}: {
  token: string;
  onTicket: (t: IssuedTicket) => void;
  onCancel: () => void;
}) {
  const { lang, t } = useI18n();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const raw = code.replace(/-/g, '');
  const shown = raw.length > 4 ? `${raw.slice(0, 4)}-${raw.slice(4)}` : raw;

  const type = (k: string) => setCode((c) => (c.replace(/-/g, '').length < 8 ? c + k : c));
  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onTicket(
        await deviceApi('POST', '/api/queue/appointments/check-in', {
          token,
          body: { code: shown, lang },
          schema: IssuedTicket,
          idempotent: true,
        }),
      );
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="kiosk-body checkin" onSubmit={(e) => void submit(e)}>
      <h1 className="kiosk-title">{t('qd.checkin.title')}</h1>
      <p className="kiosk-sub">{t('qd.checkin.help')}</p>
      <label className="checkin-code">
        <span className="sr-only">{t('qd.checkin.code')}</span>
        <input
          value={shown}
          onChange={(e) =>
            setCode(
              e.target.value
                .toUpperCase()
                .replace(/[^A-Z0-9]/g, '')
                .slice(0, 8),
            )
          }
          inputMode="text"
          autoComplete="off"
          placeholder="XXXX-XXXX"
          data-testid="checkin-code"
        />
      </label>
      {error ? (
        <p className="dv-error" role="alert">
          {errorMessage(error, lang)}
        </p>
      ) : null}
      <div className="checkin-keys">
        {KEYS.map((k) => (
          <button key={k} type="button" onClick={() => type(k)}>
            {k}
          </button>
        ))}
        <button type="button" className="checkin-del" onClick={() => setCode((c) => c.replace(/-/g, '').slice(0, -1))}>
          ⌫
        </button>
      </div>
      <div className="ticket-actions">
        <button type="button" className="dv-btn dv-btn-ghost" onClick={onCancel}>
          ← {t('qd.back')}
        </button>
        <button type="submit" className="dv-btn dv-btn-primary" disabled={busy || raw.length !== 8}>
          {t('qd.checkin.submit')}
        </button>
      </div>
    </form>
  );
}
