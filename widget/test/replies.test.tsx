// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { message } from './fake-client.js';
import { renderWidget, unmountAll } from './render-widget.js';

afterEach(() => {
  unmountAll();
  cleanup();
});

const DISCLOSURE =
  'By sending your number you agree that Sunrise Auto may call or text you, including automated calls. Consent is not a condition of purchase. Msg & data rates may apply. Reply STOP to opt out.';

describe("Cathy's replies", () => {
  it('shows the typing indicator until text streams in', () => {
    const { ui, update, client } = renderWidget({ open: true });
    expect(ui.queryByRole('img', { name: 'Cathy is typing' })).toBeNull();
    update(() => client.push({ typing: true }));
    expect(ui.getByRole('img', { name: 'Cathy is typing' })).toBeTruthy();
    update(() => client.push({ streaming: { messageId: 'r1', text: 'We have' } }));
    expect(ui.queryByRole('img', { name: 'Cathy is typing' })).toBeNull();
    expect(ui.getByRole('log').textContent).toContain('We have');
  });

  it('replaces the streaming text with the final message', () => {
    const { ui, update, client } = renderWidget({ open: true });
    update(() => client.push({ streaming: { messageId: 'r1', text: 'We have three' } }));
    update(() => client.push({ streaming: { messageId: 'r1', text: 'We have three SUVs' } }));
    update(() => client.receive(message('assistant', 'We have three SUVs in stock.', { id: 'r1' })));
    const log = ui.getByRole('log');
    expect(log.textContent?.match(/We have three/g)).toHaveLength(1);
    expect(log.textContent).toContain('We have three SUVs in stock.');
  });

  it('announces a finished reply once through the live region, not its deltas', () => {
    const { ui, update, client } = renderWidget({ open: true });
    const live = ui.getAllByRole('status').find((el) => el.getAttribute('aria-live') === 'polite');
    update(() => client.push({ streaming: { messageId: 'r1', text: 'Sure' } }));
    expect(live?.textContent).toBe('');
    update(() => client.receive(message('assistant', 'Sure, come by today.')));
    expect(live?.textContent).toBe('Cathy: Sure, come by today.');
    expect(ui.getByRole('log').getAttribute('aria-live')).toBe('off');
  });

  it('shows the consent disclosure right above the input while Cathy asks for a phone, and ties it to the input', () => {
    const { ui, update, client } = renderWidget({ open: true });
    update(() => client.receive(message('assistant', "What's the best number to reach you?", { disclosure: DISCLOSURE })));
    const disclosure = ui.getByText(DISCLOSURE);
    expect(ui.getByRole('log').contains(disclosure)).toBe(false);
    expect(disclosure.nextElementSibling?.contains(ui.getByRole('textbox'))).toBe(true);
    expect(ui.getByRole('textbox').getAttribute('aria-describedby')).toBe(disclosure.id);
  });

  it('takes the disclosure away once the visitor answers, and brings it back when they type something like a number', () => {
    const { ui, update, client } = renderWidget({ open: true });
    update(() => client.receive(message('assistant', 'Your number?', { disclosure: DISCLOSURE })));
    update(() => client.receive(message('visitor', 'maybe later')));
    update(() => client.receive(message('assistant', 'No problem!')));
    expect(ui.queryByText(DISCLOSURE)).toBeNull();
    expect(ui.getByRole('textbox').getAttribute('aria-describedby')).toBeNull();
    const input = ui.getByRole('textbox') as HTMLTextAreaElement;
    update(() => {
      input.value = 'ok it is 773 241 88';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(ui.getByText(DISCLOSURE)).toBeTruthy();
  });

  it('puts visitor and Cathy messages on their own sides with spoken speaker names', () => {
    const { ui } = renderWidget({ open: true, messages: [message('visitor', 'Hi'), message('assistant', 'Hello!')] });
    const rows = ui.getByRole('log').querySelectorAll('.cathy-row');
    expect([...rows].map((r) => r.getAttribute('data-role'))).toEqual(['visitor', 'assistant']);
    expect(rows[0]?.textContent).toBe('You: Hi');
    expect(rows[1]?.textContent).toBe('Cathy: Hello!');
  });
});
