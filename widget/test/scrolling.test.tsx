// @vitest-environment happy-dom
import { cleanup, fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { message } from './fake-client.js';
import { renderWidget, unmountAll } from './render-widget.js';

afterEach(() => {
  unmountAll();
  cleanup();
});

/** happy-dom lays nothing out, so the log gets a fixed viewport and a content height that grows per row. */
function sized(log: HTMLElement): { scrollUp(): void } {
  Object.defineProperty(log, 'clientHeight', { configurable: true, get: () => 300 });
  Object.defineProperty(log, 'scrollHeight', { configurable: true, get: () => 300 + 100 * log.childElementCount });
  return {
    scrollUp() {
      log.scrollTop = 0;
      fireEvent.scroll(log);
    },
  };
}

function setup() {
  const widget = renderWidget({ open: true, messages: [message('assistant', 'Hi!'), message('visitor', 'Hello'), message('assistant', 'What car?')] });
  const log = widget.ui.getByRole('log');
  return { ...widget, log, ...sized(log) };
}

describe('message list scrolling', () => {
  it('follows a new reply while the visitor is at the bottom', () => {
    const { client, update, log } = setup();
    update(() => client.receive(message('assistant', 'An SUV?')));
    expect(log.scrollTop).toBe(log.scrollHeight);
  });

  it('stays where the visitor scrolled up to read when a reply arrives', () => {
    const { client, update, log, scrollUp } = setup();
    scrollUp();
    update(() => client.receive(message('assistant', 'An SUV?')));
    expect(log.scrollTop).toBe(0);
  });

  it("brings the visitor's own new message into view even from history", () => {
    const { ui, log, scrollUp } = setup();
    scrollUp();
    const input = ui.getByRole('textbox');
    fireEvent.input(input, { target: { value: 'A truck, maybe' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(log.scrollTop).toBe(log.scrollHeight);
  });
});
