/** The frame of the device and citizen pages (no antd): ward header, clock, language switch, setup form. */
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { Me } from '../../../src/modules/identity/contracts.ts';
import { errorMessage, isApiError } from '../app/api.ts';
import { formatToday } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { EmblemMark } from '../ui/EmblemMark.tsx';
import { deviceApi } from './deviceApi.ts';
import './devices.css';

export function LangToggle({ large = false, compact = false }: { large?: boolean; compact?: boolean }) {
  const { lang, setLang, t } = useI18n();
  return (
    <fieldset className={`dv-lang${large ? ' dv-lang-large' : ''}`} aria-label={t('lang.label')}>
      {(['vi', 'en'] as const).map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={lang === l} onClick={() => setLang(l)}>
          {compact ? l.toUpperCase() : l === 'vi' ? 'Tiếng Việt' : 'English'}
        </button>
      ))}
    </fieldset>
  );
}

export function useNow(everyMs = 1000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}

export function Clock() {
  const { lang } = useI18n();
  const now = useNow();
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(now);
  return (
    <div className="dv-clock">
      <strong>{time}</strong>
      <span>{formatToday(now, lang)}</span>
    </div>
  );
}

export interface WardName {
  name: string;
  nameEn: string;
}

export function DeviceHeader({ ward, right }: { ward: WardName | null; right?: ReactNode }) {
  const { lang, t } = useI18n();
  return (
    <header className="dv-header">
      <div className="dv-brand">
        <EmblemMark size={52} />
        <div>
          <div className="dv-ward">{ward ? (lang === 'en' ? ward.nameEn : ward.name) : t('app.name')}</div>
          <div className="dv-center">{t('app.center')}</div>
        </div>
      </div>
      <div className="dv-header-right">{right}</div>
    </header>
  );
}

/** Who a token belongs to; null while checking. A refused token is cleared so the setup form shows again. */
export function useDeviceMe(token: string | null, setToken: (t: string | null) => void) {
  const [me, setMe] = useState<Me | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (!token) return;
    let stop = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () =>
      deviceApi('GET', '/api/auth/me', { token, schema: Me })
        .then((m) => !stop && setMe(m))
        .catch((e: unknown) => {
          if (stop) return;
          if (isApiError(e, 401)) {
            setError(e);
            setToken(null);
          } else timer = setTimeout(check, 5000); // network down at boot: keep trying
        });
    void check();
    return () => {
      stop = true;
      if (timer) clearTimeout(timer);
    };
  }, [token, setToken]);
  return { me: token ? me : null, error };
}

/** Shown when a device page has no token yet: paste the token an administrator issued. */
export function DeviceSetup({
  title,
  error,
  onToken,
}: {
  title: string;
  error: unknown;
  onToken: (t: string) => void;
}) {
  const { lang, t } = useI18n();
  const [value, setValue] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (value.trim()) onToken(value.trim());
  };
  return (
    <main className="dv-page dv-setup">
      <DeviceHeader ward={null} right={<LangToggle />} />
      <form className="dv-card dv-setup-card" onSubmit={submit}>
        <h1>{title}</h1>
        <p>{t('qd.setupHelp')}</p>
        {error ? (
          <p className="dv-error" role="alert">
            {errorMessage(error, lang)}
          </p>
        ) : null}
        <label htmlFor="device-token">{t('qd.setupToken')}</label>
        <input
          id="device-token"
          autoComplete="off"
          spellCheck={false}
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
        <button type="submit" className="dv-btn dv-btn-primary">
          {t('qd.setupSave')}
        </button>
      </form>
    </main>
  );
}

export function Loading() {
  const { t } = useI18n();
  return <div className="dv-loading">{t('app.loading')}</div>;
}
