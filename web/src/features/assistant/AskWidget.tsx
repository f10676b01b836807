/**
 * The assistant widget of the kiosk page (/hoi-dap) and the citizen portal: type or say a question, get the
 * answer card (or a clarifying question), hear it, rate it, take a ticket. Plain React and CSS (no antd) so
 * the device bundle stays light. Answers are shown in the language they were given in.
 */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { AskResponse } from '../../../../src/modules/assistant/contracts.ts';
import { errorMessage } from '../../app/api.ts';
import { deviceApi } from '../../devices/deviceApi.ts';
import { translate, useI18n } from '../../i18n/I18nProvider.tsx';
import { AnswerCardView } from './AnswerCardView.tsx';
import { MicIcon, SpeakerIcon, ThumbIcon } from './icons.tsx';
import { canSpeak, listenOnce, recognitionConstructor, speak, stopSpeaking } from './speech.ts';
import './assistant.css';

export interface AskWidgetProps {
  /** A kiosk or robot token; null on public pages. */
  token: string | null;
  /** Ward code for public pages (the installation's ward when absent). */
  ward?: string | undefined;
  /** Big type and touch targets (kiosk). */
  large?: boolean;
  /** Present where a ticket can be issued (a kiosk device); resolves when done. */
  onTakeTicket?: ((code: string, questionId: string | null, lang: 'vi' | 'en') => Promise<void>) | undefined;
  /** Shown instead of the ticket button on pages that cannot issue one. */
  ticketHint?: string | undefined;
}

export function AskWidget({ token, ward, large = false, onTakeTicket, ticketHint }: AskWidgetProps) {
  const { lang, t } = useI18n();
  const [question, setQuestion] = useState('');
  const [answer, setAnswer] = useState<AskResponse | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [listening, setListening] = useState(false);
  const [rated, setRated] = useState<boolean | null>(null);
  const [voiceOut, setVoiceOut] = useState(canSpeak);
  const input = useRef<HTMLTextAreaElement>(null);
  const hasMic = recognitionConstructor() !== null;

  useEffect(() => () => stopSpeaking(), []);

  const ask = async (text: string) => {
    setBusy(true);
    setError(null);
    setRated(null);
    try {
      const a = await deviceApi('POST', '/api/assistant/ask', {
        token,
        body: { question: text, ...(ward ? { ward } : {}) },
        schema: AskResponse,
      });
      setAnswer(a);
      if (voiceOut) speak(a.speech, a.lang);
    } catch (e) {
      setAnswer(null);
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void ask(question);
  };

  const listen = async () => {
    stopSpeaking();
    const heard = await listenOnce(lang, () => setListening(true));
    setListening(false);
    if (heard) {
      setQuestion(heard);
      void ask(heard);
    }
  };

  const rate = async (helpful: boolean) => {
    if (!answer?.questionId) return;
    setRated(helpful);
    await deviceApi('POST', `/api/assistant/questions/${answer.questionId}/feedback`, {
      token,
      body: { helpful, ...(ward ? { ward } : {}) },
    }).catch(() => undefined);
  };

  const takeTicket = async () => {
    if (!answer?.card || !onTakeTicket) return;
    setBusy(true);
    try {
      await onTakeTicket(answer.card.code, answer.questionId, answer.lang);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const al = answer?.lang ?? lang;
  return (
    <section className={`as-widget${large ? ' as-large' : ''}`} aria-live="polite">
      <form className="as-ask" onSubmit={submit}>
        <label htmlFor="as-question" className="sr-only">
          {t('as.question')}
        </label>
        <textarea
          id="as-question"
          ref={input}
          rows={large ? 2 : 2}
          maxLength={10_000}
          placeholder={t('as.placeholder')}
          value={question}
          onChange={(e) => setQuestion(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) submit(e);
          }}
        />
        <div className="as-ask-buttons">
          {hasMic ? (
            <button type="button" className="as-mic" onClick={() => void listen()} aria-pressed={listening}>
              <MicIcon /> {listening ? t('as.listening') : t('as.speak')}
            </button>
          ) : null}
          <button type="submit" className="as-send" disabled={busy}>
            {t('as.ask')}
          </button>
        </div>
      </form>
      {canSpeak() ? (
        <label className="as-voice-toggle">
          <input type="checkbox" checked={voiceOut} onChange={(e) => setVoiceOut(e.target.checked)} />{' '}
          {t('as.readAloud')}
        </label>
      ) : null}
      {error ? (
        <p className="as-error" role="alert">
          {errorMessage(error, lang)}
        </p>
      ) : null}
      {answer ? (
        <div className="as-answer" data-testid="answer" data-kind={answer.kind} lang={al}>
          <p className="as-message">{answer.message}</p>
          {answer.options.length ? (
            <div className="as-options">
              {answer.options.map((o) => (
                <button
                  key={o.code}
                  type="button"
                  onClick={() => {
                    setQuestion(o.name);
                    void ask(o.name);
                  }}
                >
                  {o.name}
                </button>
              ))}
            </div>
          ) : null}
          {answer.card ? (
            <AnswerCardView
              card={answer.card}
              lang={al}
              onTakeTicket={onTakeTicket ? () => void takeTicket() : undefined}
              ticketHint={ticketHint}
              busy={busy}
            />
          ) : null}
          <div className="as-feedback">
            {canSpeak() ? (
              <button type="button" onClick={() => speak(answer.speech, answer.lang)}>
                <SpeakerIcon /> {translate(al, 'as.listen')}
              </button>
            ) : null}
            {answer.questionId ? (
              rated === null ? (
                <>
                  <span>{translate(al, 'as.helpful')}</span>
                  <button type="button" onClick={() => void rate(true)}>
                    <ThumbIcon /> {translate(al, 'as.yes')}
                  </button>
                  <button type="button" onClick={() => void rate(false)}>
                    <ThumbIcon down /> {translate(al, 'as.no')}
                  </button>
                </>
              ) : (
                <span>{translate(al, 'as.thanks')}</span>
              )
            ) : null}
          </div>
        </div>
      ) : null}
    </section>
  );
}
