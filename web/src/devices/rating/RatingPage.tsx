/**
 * The satisfaction tablet on a counter (`/rating?counter=3`, kiosk token): when the counter finishes a ticket
 * it asks "how satisfied are you?" — rất hài lòng / hài lòng / bình thường / không hài lòng, with an
 * optional comment — then thanks and waits for the next one. Polls the counter list every 3 s.
 */
import { useEffect, useState } from 'react';
import { Counter, RatingResult, type RatingScore } from '../../../../src/modules/queue/contracts.ts';
import { ApiError, errorMessage } from '../../app/api.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { DeviceHeader, DeviceSetup, LangToggle, Loading, useDeviceMe } from '../DeviceShell.tsx';
import { deviceApi } from '../deviceApi.ts';
import { SCORES, scoreLabel } from '../labels.ts';
import { deviceSetting, useDeviceToken } from '../token.ts';
import { Face } from './Face.tsx';
import './rating.css';

const POLL_MS = 3000;
const ASK_FOR_MS = 3 * 60_000;
const THANKS_MS = 8000;
const HANDLED_KEY = 'motcua.device.rating.handled';
const NONE = '-';

export default function RatingPage() {
  const { t } = useI18n();
  const [token, setToken] = useDeviceToken('rating');
  const { me, error } = useDeviceMe(token, setToken);
  const [counterNo] = useState(() => Number(deviceSetting('rating', 'counter', '0')));
  if (!token) return <DeviceSetup title={t('qd.rating.setup')} error={error} onToken={setToken} />;
  if (!me) return <Loading />;
  return <RatingTablet token={token} counterNo={counterNo} ward={me.ward} />;
}

type View = { kind: 'idle' } | { kind: 'ask'; ticketId: string; since: number } | { kind: 'thanks' };

function readHandled(): string | null {
  try {
    return localStorage.getItem(HANDLED_KEY);
  } catch {
    return null;
  }
}

function writeHandled(id: string): void {
  try {
    localStorage.setItem(HANDLED_KEY, id);
  } catch {
    // storage unavailable
  }
}

function RatingTablet({
  token,
  counterNo,
  ward,
}: {
  token: string;
  counterNo: number;
  ward: { name: string; nameEn: string };
}) {
  const { lang, t } = useI18n();
  const [counter, setCounter] = useState<Counter | null>(null);
  const [view, setView] = useState<View>({ kind: 'idle' });
  const [score, setScore] = useState<RatingScore | null>(null);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let stop = false;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      try {
        const list = await deviceApi('GET', '/api/queue/counters', { token, schema: Counter.array() });
        const c = list.find((x) => x.number === counterNo) ?? null;
        if (stop) return;
        setCounter(c);
        const last = c?.lastTicketId ?? null;
        const handled = readHandled();
        // The tablet's first start: tickets finished before it was set up are not asked about.
        if (handled === null) writeHandled(last ?? NONE);
        else if (last && last !== handled) {
          writeHandled(last);
          setScore(null);
          setComment('');
          setError(null);
          setView({ kind: 'ask', ticketId: last, since: Date.now() });
        }
      } catch {
        // offline: keep the current view and try again
      }
      if (!stop) timer = setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      stop = true;
      clearTimeout(timer);
    };
  }, [token, counterNo]);

  useEffect(() => {
    if (view.kind === 'idle') return;
    const id = setTimeout(() => setView({ kind: 'idle' }), view.kind === 'ask' ? ASK_FOR_MS : THANKS_MS);
    return () => clearTimeout(id);
  }, [view]);

  const send = async () => {
    if (view.kind !== 'ask' || !score) return;
    setBusy(true);
    setError(null);
    try {
      await deviceApi('POST', `/api/queue/tickets/${view.ticketId}/rating`, {
        token,
        body: { score, comment: comment.trim() || null },
        schema: RatingResult,
        idempotent: true,
      });
      setView({ kind: 'thanks' });
    } catch (e) {
      if (e instanceof ApiError && e.code === 'QUEUE_ALREADY_RATED') setView({ kind: 'thanks' });
      else setError(e);
    } finally {
      setBusy(false);
    }
  };

  const title = counter ? counter.name : t('qd.rating.counter', { n: counterNo });
  return (
    <main className="dv-page rating">
      <DeviceHeader ward={ward} right={<LangToggle large />} />
      <p className="rating-counter">{title}</p>
      {counterNo <= 0 || (counter === null && view.kind === 'idle') ? (
        <p className="dv-card rating-idle">{t('qd.rating.noCounter')}</p>
      ) : null}
      {view.kind === 'idle' && counter ? (
        <section className="dv-card rating-idle">
          <h1>{t('qd.rating.welcome')}</h1>
          <p>{counter.staffName ? t('qd.rating.servedBy', { name: counter.staffName }) : t('qd.rating.closed')}</p>
        </section>
      ) : null}
      {view.kind === 'ask' ? (
        <section className="rating-ask" data-testid="rating-ask">
          <h1>{t('qd.rating.question')}</h1>
          <div className="rating-faces">
            {SCORES.map((s) => (
              <button
                key={s}
                type="button"
                className={`rating-face rating-${s}`}
                aria-pressed={score === s}
                onClick={() => setScore(s)}
                data-score={s}
              >
                <Face score={s} />
                <span>{t(scoreLabel[s])}</span>
              </button>
            ))}
          </div>
          <label className="rating-comment">
            <span>{t('qd.rating.comment')}</span>
            <textarea value={comment} maxLength={1000} rows={2} onChange={(e) => setComment(e.target.value)} />
          </label>
          {error ? (
            <p className="dv-error" role="alert">
              {errorMessage(error, lang)}
            </p>
          ) : null}
          <div className="ticket-actions">
            <button type="button" className="dv-btn dv-btn-ghost" onClick={() => setView({ kind: 'idle' })}>
              {t('qd.rating.skip')}
            </button>
            <button
              type="button"
              className="dv-btn dv-btn-primary"
              disabled={!score || busy}
              onClick={() => void send()}
            >
              {t('qd.rating.send')}
            </button>
          </div>
        </section>
      ) : null}
      {view.kind === 'thanks' ? (
        <section className="dv-card rating-idle rating-thanks" role="status" data-testid="rating-thanks">
          <h1>{t('qd.rating.thanks')}</h1>
          <p>{t('qd.rating.thanksBody')}</p>
        </section>
      ) : null}
    </main>
  );
}
