/**
 * Voice in and out where the browser offers it: speech recognition (Chrome's webkitSpeechRecognition) and
 * speech synthesis. Both are feature-detected; without them the widget is typing and reading only.
 */

interface RecognitionResultEvent {
  results: ArrayLike<ArrayLike<{ transcript: string }>>;
}

export interface Recognition {
  lang: string;
  interimResults: boolean;
  maxAlternatives: number;
  onresult: ((e: RecognitionResultEvent) => void) | null;
  onend: (() => void) | null;
  onerror: (() => void) | null;
  start(): void;
  stop(): void;
}

type RecognitionCtor = new () => Recognition;

export function recognitionConstructor(): RecognitionCtor | null {
  const w = window as unknown as { SpeechRecognition?: RecognitionCtor; webkitSpeechRecognition?: RecognitionCtor };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null;
}

export const canSpeak = (): boolean => typeof window !== 'undefined' && 'speechSynthesis' in window;

/** Reads the text aloud in the answer's language (a Vietnamese voice when the device has one). */
export function speak(text: string, lang: 'vi' | 'en'): void {
  if (!canSpeak() || !text) return;
  const synth = window.speechSynthesis;
  synth.cancel();
  const u = new SpeechSynthesisUtterance(text);
  u.lang = lang === 'vi' ? 'vi-VN' : 'en-US';
  const voice = synth.getVoices().find((v) => v.lang.toLowerCase().startsWith(lang));
  if (voice) u.voice = voice;
  u.rate = lang === 'vi' ? 0.95 : 1;
  synth.speak(u);
}

export function stopSpeaking(): void {
  if (canSpeak()) window.speechSynthesis.cancel();
}

/** Listens once; resolves with what was heard ('' when nothing). */
export function listenOnce(lang: 'vi' | 'en', onStart?: () => void): Promise<string> {
  const Ctor = recognitionConstructor();
  if (!Ctor) return Promise.resolve('');
  return new Promise((resolve) => {
    const r = new Ctor();
    r.lang = lang === 'vi' ? 'vi-VN' : 'en-US';
    r.interimResults = false;
    r.maxAlternatives = 1;
    let heard = '';
    r.onresult = (e) => {
      heard = e.results[0]?.[0]?.transcript ?? '';
    };
    r.onerror = () => resolve('');
    r.onend = () => resolve(heard);
    onStart?.();
    r.start();
  });
}
