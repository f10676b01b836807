/**
 * Spoken calls for the display board: a chime (WebAudio) then the sentence in Vietnamese, then English when
 * configured, one call after another so a new call never cuts off the one being spoken. Everything is
 * feature-detected: without speech synthesis (or audio) the board still shows the call, silently.
 */
export interface Announcement {
  vi: string;
  en: string;
}

export class Announcer {
  private readonly queue: Announcement[] = [];
  private running = false;
  private audio: AudioContext | null = null;
  private readonly languages: readonly ('vi' | 'en')[];

  constructor(languages: readonly ('vi' | 'en')[]) {
    this.languages = languages;
  }

  /** Browsers start audio suspended until a user gesture; the board offers a button that calls this. */
  async unlock(): Promise<boolean> {
    const ctx = this.context();
    if (ctx && ctx.state === 'suspended') await ctx.resume().catch(() => undefined);
    return !ctx || ctx.state === 'running';
  }

  needsUnlock(): boolean {
    const ctx = this.context();
    return !!ctx && ctx.state !== 'running';
  }

  say(a: Announcement): void {
    if (this.queue.length > 20) this.queue.shift(); // a backlog after a long outage: keep the latest
    this.queue.push(a);
    if (!this.running) void this.run();
  }

  stop(): void {
    this.queue.length = 0;
    if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
    void this.audio?.close().catch(() => undefined);
    this.audio = null;
  }

  private async run(): Promise<void> {
    this.running = true;
    try {
      for (let next = this.queue.shift(); next; next = this.queue.shift()) {
        await this.chime();
        for (const lang of this.languages) await speak(spellNumbers(next[lang]), lang);
        await sleep(800);
      }
    } finally {
      this.running = false;
    }
  }

  private context(): AudioContext | null {
    if (this.audio) return this.audio;
    const Ctor = window.AudioContext ?? (window as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
    if (!Ctor) return null;
    try {
      this.audio = new Ctor();
    } catch {
      return null;
    }
    return this.audio;
  }

  /** Two soft tones (ding-dong), about 1.2 s. */
  private async chime(): Promise<void> {
    const ctx = this.context();
    if (ctx?.state !== 'running') return;
    const t0 = ctx.currentTime + 0.05;
    for (const [i, freq] of [880, 660].entries()) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = 'sine';
      osc.frequency.value = freq;
      const start = t0 + i * 0.45;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.35, start + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.7);
      osc.connect(gain).connect(ctx.destination);
      osc.start(start);
      osc.stop(start + 0.75);
    }
    await sleep(1250);
  }
}

/** "Mời số A012 đến quầy số 3" → "Mời số A 0 1 2 đến quầy số 3": a ticket number is read sign by sign. */
export function spellNumbers(text: string): string {
  return text.replace(
    /\b([A-Z])(\d{2,})\b/g,
    (_, letter: string, digits: string) => `${letter} ${digits.split('').join(' ')}`,
  );
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function voiceFor(lang: 'vi' | 'en'): SpeechSynthesisVoice | null {
  const voices = speechSynthesis.getVoices();
  return voices.find((v) => v.lang.toLowerCase().startsWith(lang)) ?? null;
}

/** Resolves when the sentence has been spoken (or at once without speech synthesis; never rejects). */
function speak(text: string, lang: 'vi' | 'en'): Promise<void> {
  if (typeof speechSynthesis === 'undefined' || typeof SpeechSynthesisUtterance === 'undefined' || !text)
    return Promise.resolve();
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(guard);
      resolve();
    };
    // Some engines never fire `end` (no voice, muted output): do not let the queue stall.
    const guard = setTimeout(finish, 4000 + text.length * 120);
    try {
      const u = new SpeechSynthesisUtterance(text);
      u.lang = lang === 'vi' ? 'vi-VN' : 'en-US';
      const voice = voiceFor(lang);
      if (voice) u.voice = voice;
      u.rate = lang === 'vi' ? 0.9 : 0.95;
      u.onend = finish;
      u.onerror = finish;
      speechSynthesis.speak(u);
    } catch {
      finish();
    }
  });
}
