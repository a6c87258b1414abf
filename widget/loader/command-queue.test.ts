import { describe, expect, it, vi } from 'vitest';
import { fakeCathy } from '../test/fake-cathy.js';
import { createCommandQueue } from './command-queue.js';

function setup() {
  const warn = vi.fn();
  const onQueued = vi.fn();
  return { warn, onQueued, queue: createCommandQueue({ warn, onQueued }) };
}

describe('createCommandQueue', () => {
  it('replays queued commands in call order once a chat attaches', () => {
    const { queue, onQueued } = setup();
    const onLead = () => {};
    queue.call('identify', { name: 'Ana' });
    queue.call('on', 'lead', onLead);
    queue.call('setTheme', { accent: '#000' });
    queue.call('open');
    expect(onQueued.mock.calls.map(([name]) => name)).toEqual(['identify', 'on', 'setTheme', 'open']);
    const { cathy, log } = fakeCathy();
    queue.attach(cathy);
    expect(log).toEqual([['identify', { name: 'Ana' }], ['on', 'lead', onLead], ['setTheme', { accent: '#000' }], ['open']]);
  });

  it('passes commands straight through after attaching, with their results', () => {
    const { queue, onQueued } = setup();
    const { cathy, calls, unsubscribe } = fakeCathy();
    queue.attach(cathy);
    queue.call('send', 'Hi');
    expect(calls.send).toHaveBeenCalledWith('Hi');
    expect(queue.call('on', 'message', () => {})).toBe(unsubscribe);
    expect(onQueued).not.toHaveBeenCalled();
  });

  it('warns about unknown commands and bad listeners, and drops them', () => {
    const { queue, warn } = setup();
    queue.call('boot', {});
    queue.call('on', 'leads', () => {});
    queue.call('on', 'lead', 'not a function');
    expect(warn.mock.calls.map(([m]) => m)).toEqual([
      expect.stringMatching(/^\[Cathy\] Unknown command "boot"\. Use one of: open, close/),
      expect.stringMatching(/^\[Cathy\] Cathy\('on', event, listener\) needs one of ready, open/),
      expect.stringMatching(/^\[Cathy\] Cathy\('on'/),
    ]);
    const { cathy, log } = fakeCathy();
    queue.attach(cathy);
    expect(log).toEqual([]);
  });

  it('warns, instead of leaving an unhandled rejection, when a queued identify is refused', async () => {
    const { queue, warn } = setup();
    queue.call('identify', { email: 'not an email' });
    const { cathy, calls } = fakeCathy();
    const refusal = Promise.reject(new Error('[Cathy] Failed to identify the visitor: email is not an email address.'));
    calls.identify.mockReturnValueOnce(refusal);
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    queue.attach(cathy);
    await new Promise((resolve) => setTimeout(resolve, 0));
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith("[Cathy] Cathy('identify') failed: [Cathy] Failed to identify the visitor: email is not an email address.");
  });

  it('lets a queued listener be removed before and after the chat attaches', () => {
    const { queue } = setup();
    const cancelled = queue.call('on', 'lead', () => {}) as () => void;
    const kept = queue.call('on', 'message', () => {}) as () => void;
    cancelled();
    const { cathy, log, unsubscribe } = fakeCathy();
    queue.attach(cathy);
    expect(log.map(([, event]) => event)).toEqual(['message']);
    kept();
    expect(unsubscribe).toHaveBeenCalledOnce();
  });

  it('keeps replaying when one command throws, and says which one failed', () => {
    const { queue, warn } = setup();
    queue.call('send', '');
    queue.call('open');
    const { cathy, calls } = fakeCathy();
    calls.send.mockImplementation(() => {
      throw new Error('[Cathy] Failed to send: the text is empty.');
    });
    queue.attach(cathy);
    expect(calls.open).toHaveBeenCalledOnce();
    expect(warn).toHaveBeenCalledWith("[Cathy] Cathy('send') failed: [Cathy] Failed to send: the text is empty.");
  });
});
