/**
 * The optional step before a ticket is issued: a mobile number, typed on a large on-screen keypad, to get one
 * text message when the turn is near. "Bỏ qua" issues the ticket without it in one tap. The number is personal
 * data: the step goes back to the start after a minute without a touch, so the next person does not see it.
 */
import { type ChangeEvent, useCallback, useEffect, useRef, useState } from 'react';
import type { Group, PriorityCategory } from '../../../../src/modules/queue/contracts.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { priorityLabel } from '../labels.ts';
import { formatPhone, isMobileNumber, maxPhoneDigits, typeDigit } from './phone.ts';
import './phone-pad.css';

const IDLE_MS = 60_000;
const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

export function PhonePad({
  group,
  priority,
  busy,
  onIssue,
  onBack,
  onIdle,
}: {
  group: Group;
  priority: PriorityCategory | null;
  busy: boolean;
  onIssue: (phone: string | null) => void;
  onBack: () => void;
  onIdle: () => void;
}) {
  const { lang, t } = useI18n();
  const [digits, setDigits] = useState('');
  const [invalid, setInvalid] = useState(false);

  // Every edit of the number restarts the idle timer.
  const idle = useRef<ReturnType<typeof setTimeout>>(undefined);
  const restartIdle = useCallback(() => {
    clearTimeout(idle.current);
    idle.current = setTimeout(onIdle, IDLE_MS);
  }, [onIdle]);
  useEffect(() => {
    restartIdle();
    return () => clearTimeout(idle.current);
  }, [restartIdle]);

  const edit = (next: (d: string) => string) => {
    restartIdle();
    setInvalid(false);
    setDigits(next);
  };
  const onType = (e: ChangeEvent<HTMLInputElement>) => {
    const typed = e.target.value.replace(/\D/g, '');
    edit(() => typed.slice(0, maxPhoneDigits(typed)));
  };
  const submit = () => {
    if (isMobileNumber(digits)) onIssue(digits);
    else setInvalid(true);
  };

  return (
    <section className="kiosk-body kiosk-phone">
      <p className="kiosk-phone-for">
        <span className="kiosk-letter kiosk-letter-sm" aria-hidden="true">
          {group.letter}
        </span>
        <span>{lang === 'en' ? group.nameEn : group.name}</span>
        {priority ? <span className="ticket-priority">★ {t(priorityLabel[priority])}</span> : null}
      </p>
      <h1 className="kiosk-title kiosk-phone-title">
        {t('qd.kiosk.phoneTitle')} <span className="kiosk-optional">{t('qd.kiosk.phoneOptional')}</span>
      </h1>
      <p className="kiosk-sub">{t('qd.kiosk.phoneHelp')}</p>
      <label className="kiosk-phone-number">
        <span className="sr-only">{t('qd.kiosk.phoneLabel')}</span>
        <input
          value={formatPhone(digits)}
          onChange={onType}
          inputMode="none"
          autoComplete="off"
          placeholder="0___ ___ ___"
          aria-invalid={invalid}
          aria-describedby={invalid ? 'kiosk-phone-error' : undefined}
          data-testid="kiosk-phone"
        />
      </label>
      {invalid ? (
        <p className="dv-error kiosk-phone-error" id="kiosk-phone-error" role="alert">
          {t('qd.kiosk.phoneInvalid')}
        </p>
      ) : null}
      <div className="kiosk-keypad">
        {DIGITS.map((k) => (
          <button key={k} type="button" data-key={k} onClick={() => edit((d) => typeDigit(d, k))}>
            {k}
          </button>
        ))}
        <button type="button" className="kiosk-key-fn" onClick={() => edit(() => '')}>
          {t('qd.kiosk.phoneClear')}
        </button>
        <button type="button" data-key="0" onClick={() => edit((d) => typeDigit(d, '0'))}>
          0
        </button>
        <button
          type="button"
          className="kiosk-key-fn"
          aria-label={t('qd.kiosk.phoneDelete')}
          onClick={() => edit((d) => d.slice(0, -1))}
        >
          ⌫
        </button>
      </div>
      <div className="kiosk-phone-actions">
        <button type="button" className="dv-btn dv-btn-outline" disabled={busy} onClick={() => onIssue(null)}>
          {t('qd.kiosk.phoneSkip')}
        </button>
        <button type="button" className="dv-btn dv-btn-primary" disabled={busy || digits === ''} onClick={submit}>
          {t('qd.kiosk.phoneSubmit')}
        </button>
      </div>
      <p className="kiosk-note">{t('qd.kiosk.phoneNote')}</p>
      <button type="button" className="dv-btn dv-btn-ghost" onClick={onBack}>
        ← {t('qd.back')}
      </button>
    </section>
  );
}
