import { describe, expect, it } from 'vitest';
import { webAudioChime } from './chime.js';

/** Just enough of WebAudio to count the tones started; `resume` works only as a browser allows it after a gesture. */
function fakeAudio() {
  const started: number[] = [];
  const param = { value: 0, setValueAtTime() {}, exponentialRampToValueAtTime() {} };
  const node = () => ({ connect: (next: unknown) => next ?? node(), gain: param, frequency: param, start: (at: number) => started.push(at), stop() {} });
  class FakeContext {
    static created = 0;
    state: AudioContextState = 'suspended';
    currentTime = 0;
    destination = {};
    constructor() {
      FakeContext.created++;
    }
    async resume() {
      this.state = 'running';
    }
    createOscillator = node;
    createGain = node;
  }
  return { started, FakeContext };
}

describe('alert chime', () => {
  it('makes no sound before a click or key press, then plays two tones per alert', async () => {
    const { started, FakeContext } = fakeAudio();
    const win = Object.assign(new EventTarget(), { AudioContext: FakeContext }) as unknown as Window;
    const chime = webAudioChime(win);
    chime.play();
    expect(FakeContext.created).toBe(0);
    expect(started).toEqual([]);
    win.dispatchEvent(new Event('pointerdown'));
    await Promise.resolve();
    chime.play();
    expect(started).toHaveLength(2);
    win.dispatchEvent(new Event('keydown'));
    expect(FakeContext.created).toBe(1);
  });

  it('does nothing where WebAudio is missing', () => {
    const chime = webAudioChime(new EventTarget() as unknown as Window);
    expect(() => chime.play()).not.toThrow();
  });
});
