/** Plays the alert sound; tests give one that counts. */
export interface SoundPlayer {
  play(): void;
}

type AudioWindow = Window & { AudioContext?: typeof AudioContext; webkitAudioContext?: typeof AudioContext };

/** Two short rising tones, quiet enough for a showroom floor. */
const TONES = [
  { hz: 880, at: 0 },
  { hz: 1320, at: 0.16 },
];

/**
 * The alert sound, made with WebAudio (no audio file for the CSP to allow). Browsers let a page make sound only after
 * the person interacted with it, so the audio context is created at the first click or key press; before that, and
 * where WebAudio is missing, `play` does nothing.
 *
 * @example
 * const chime = webAudioChime();
 * socket.on('conversation:escalated', () => chime.play());
 */
export function webAudioChime(win: AudioWindow = window): SoundPlayer {
  const Context = win.AudioContext ?? win.webkitAudioContext;
  if (!Context) return { play() {} };
  let context: AudioContext | undefined;
  const gestures = ['pointerdown', 'keydown'] as const;
  const unlock = () => {
    const audio = (context ??= new Context());
    void audio.resume().then(
      () => gestures.forEach((type) => win.removeEventListener(type, unlock, true)),
      () => undefined,
    );
  };
  gestures.forEach((type) => win.addEventListener(type, unlock, true));
  return {
    play() {
      if (context?.state !== 'running') return;
      const start = context.currentTime;
      for (const tone of TONES) {
        const oscillator = context.createOscillator();
        const gain = context.createGain();
        oscillator.frequency.value = tone.hz;
        gain.gain.setValueAtTime(0.0001, start + tone.at);
        gain.gain.exponentialRampToValueAtTime(0.18, start + tone.at + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, start + tone.at + 0.3);
        oscillator.connect(gain).connect(context.destination);
        oscillator.start(start + tone.at);
        oscillator.stop(start + tone.at + 0.32);
      }
    },
  };
}
