/**
 * The display board on the hall's TV: the call being made (large), every counter's current ticket, the last
 * calls and the waiting count per group. Live over SSE (fed by LISTEN/NOTIFY, so any API process serves it),
 * spoken in Vietnamese (then English with `?speak=vi,en`) after a chime. Authenticated by a display token.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { DisplayCall, DisplaySnapshot } from '../../../../src/modules/queue/contracts.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Clock, DeviceHeader, DeviceSetup, Loading, useDeviceMe, useNow } from '../DeviceShell.tsx';
import { statusLabel } from '../labels.ts';
import { deviceSetting, useDeviceToken } from '../token.ts';
import { Announcer } from './announcer.ts';
import { openSse } from './sse.ts';
import './board.css';

/** Calls missed during an outage are still spoken when they are this recent. */
const CATCH_UP_MS = 2 * 60_000;
const HIGHLIGHT_MS = 12_000;

export default function DisplayPage() {
  const { t } = useI18n();
  const [token, setToken] = useDeviceToken('display');
  const { me, error } = useDeviceMe(token, setToken);
  if (!token) return <DeviceSetup title={t('qd.display.setup')} error={error} onToken={setToken} />;
  if (!me) return <Loading />;
  return <Board token={token} ward={me.ward} onRefused={() => setToken(null)} />;
}

const callKey = (c: DisplayCall) => `${c.ticketNumber}@${c.counterNumber}@${c.at}`;
const hhmm = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));

function Board({
  token,
  ward,
  onRefused,
}: {
  token: string;
  ward: { name: string; nameEn: string };
  onRefused: () => void;
}) {
  const { lang, t } = useI18n();
  const [snapshot, setSnapshot] = useState<DisplaySnapshot | null>(null);
  const [status, setStatus] = useState<'connecting' | 'open' | 'down'>('connecting');
  const [shown, setShown] = useState<{ call: DisplayCall; at: number } | null>(null);
  const now = useNow(1000);
  const [muted, setMuted] = useState(false);
  const announcer = useMemo(() => {
    const langs = deviceSetting('display', 'speak', 'vi').split(',');
    return new Announcer(langs.filter((l): l is 'vi' | 'en' => l === 'vi' || l === 'en'));
  }, []);
  const seen = useRef<{ keys: Set<string>; since: number } | null>(null);

  useEffect(() => {
    setMuted(announcer.needsUnlock());
    const announce = (calls: DisplayCall[]) => {
      const state = seen.current;
      if (!state) return;
      const fresh = calls
        .filter((c) => !state.keys.has(callKey(c)) && Date.parse(c.at) >= state.since)
        .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
      for (const c of fresh) {
        state.keys.add(callKey(c));
        announcer.say(c.speech);
      }
      const last = fresh.at(-1);
      if (last) setShown({ call: last, at: Date.now() });
    };
    const stop = openSse('/api/queue/display/stream', token, {
      onStatus: setStatus,
      onRefused,
      onMessage: (m) => {
        if (m.event === 'snapshot') {
          const snap = DisplaySnapshot.parse(JSON.parse(m.data));
          setSnapshot(snap);
          if (!seen.current) {
            // First contact: what was called before the board came on is shown, not spoken.
            seen.current = { keys: new Set(snap.lastCalls.map(callKey)), since: Date.now() - CATCH_UP_MS };
            const first = snap.lastCalls[0];
            setShown(first ? { call: first, at: 0 } : null);
          } else announce(snap.lastCalls.filter((c) => Date.parse(c.at) > Date.now() - CATCH_UP_MS));
        } else if (m.event === 'call') {
          const call = DisplayCall.parse(JSON.parse(m.data));
          setSnapshot((s) =>
            s
              ? {
                  ...s,
                  lastCalls: [call, ...s.lastCalls.filter((c) => callKey(c) !== callKey(call))].slice(0, 10),
                  counters: s.counters.map((c) =>
                    c.number === call.counterNumber
                      ? { ...c, ticketNumber: call.ticketNumber, status: 'called', open: true }
                      : c,
                  ),
                }
              : s,
          );
          announce([call]);
        }
      },
    });
    return () => {
      stop();
      announcer.stop();
    };
  }, [token, announcer, onRefused]);

  const highlight = shown?.call ?? null;
  const flashing = shown !== null && now.getTime() - shown.at < HIGHLIGHT_MS;

  if (!snapshot) return <Loading />;
  const groupName = (g: { name: string; nameEn: string }) => (lang === 'en' ? g.nameEn : g.name);

  return (
    <main className="dv-page board">
      <DeviceHeader
        ward={ward}
        right={
          <>
            <span className={`board-conn board-conn-${status}`} role="status">
              {t(
                status === 'open'
                  ? 'qd.display.live'
                  : status === 'down'
                    ? 'qd.display.offline'
                    : 'qd.display.connecting',
              )}
            </span>
            <Clock />
          </>
        }
      />
      {muted ? (
        <button
          type="button"
          className="board-unmute"
          onClick={() => void announcer.unlock().then((ok) => setMuted(!ok))}
        >
          {t('qd.display.unmute')}
        </button>
      ) : null}
      <div className="board-main">
        <section className={`board-now${flashing ? ' board-flash' : ''}`} aria-live="assertive" data-testid="board-now">
          <h2>{t('qd.display.nowCalling')}</h2>
          {highlight ? (
            <>
              <p className="board-now-number">{highlight.ticketNumber}</p>
              <p className="board-now-counter">
                {t('qd.display.toCounter')} <strong>{highlight.counterNumber}</strong>
              </p>
            </>
          ) : (
            <p className="board-now-empty">{t('qd.display.none')}</p>
          )}
        </section>
        <section className="board-counters" aria-label={t('qd.display.counters')}>
          {snapshot.counters.map((c) => (
            <div key={c.number} className={`board-counter${c.open ? '' : ' closed'}`} data-counter={c.number}>
              <span className="bc-label">
                {t('qd.counter')} {c.number}
              </span>
              <span className="bc-number">{c.open ? (c.ticketNumber ?? '') : ''}</span>
              <span className="bc-status">
                {!c.open ? t('qd.display.closed') : c.status ? t(statusLabel[c.status]) : t('qd.display.free')}
              </span>
            </div>
          ))}
        </section>
        <section className="board-last" aria-label={t('qd.display.lastCalls')}>
          <h2>{t('qd.display.lastCalls')}</h2>
          <ol>
            {snapshot.lastCalls.slice(0, 8).map((c) => (
              <li key={callKey(c)}>
                <span className="bl-number">{c.ticketNumber}</span>
                <span className="bl-arrow">→</span>
                <span className="bl-counter">
                  {t('qd.counter')} {c.counterNumber}
                </span>
                <span className="bl-time">{hhmm(c.at)}</span>
              </li>
            ))}
            {snapshot.lastCalls.length === 0 ? <li className="bl-empty">{t('qd.display.none')}</li> : null}
          </ol>
        </section>
      </div>
      <section className="board-waiting" aria-label={t('qd.display.waiting')}>
        {snapshot.waiting.map((w) => (
          <div key={w.group} className="bw-item">
            <span className="bw-letter">{w.group}</span>
            <span className="bw-name">{groupName(w)}</span>
            <span className="bw-count">
              <strong>{w.count}</strong> {t('qd.display.waitingShort')}
            </span>
          </div>
        ))}
      </section>
    </main>
  );
}
