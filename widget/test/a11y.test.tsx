// @vitest-environment happy-dom
import { cleanup, fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { message } from './fake-client.js';
import { renderWidget, unmountAll } from './render-widget.js';

afterEach(() => {
  unmountAll();
  cleanup();
});

const FOCUSABLE = 'a[href], button:not([disabled]), textarea, input, select, [tabindex]';

describe('keyboard and roles', () => {
  it('has a labelled launcher button, a labelled dialog, a named log and a polite live region', () => {
    const { ui } = renderWidget({ open: true });
    expect(ui.getByRole('button', { name: 'Chat with us' })).toBeTruthy();
    const dialog = ui.getByRole('dialog', { name: 'Cathy' });
    expect(dialog.getAttribute('aria-labelledby')).toBe(ui.getByRole('heading', { name: 'Cathy' }).id);
    expect(ui.getByRole('log', { name: 'Conversation' })).toBeTruthy();
    const live = ui.getAllByRole('status').filter((s) => s.getAttribute('aria-live') === 'polite');
    expect(live).toHaveLength(1);
  });

  it("adds no landmark of its own, so the dealer page keeps its one banner", () => {
    const { ui } = renderWidget({ open: true });
    expect(ui.queryAllByRole('banner')).toHaveLength(0);
  });

  it('tabs in reading order: close, the log (to scroll it), links and retry in it, input, send', () => {
    const { ui } = renderWidget({
      open: true,
      messages: [message('assistant', 'See https://sunrise.example')],
      pending: [{ clientId: 'f1', text: 'hi', createdAt: '', status: 'failed' }],
    });
    fireEvent.input(ui.getByRole('textbox'), { target: { value: 'ok' } });
    const dialog = ui.getByRole('dialog');
    const order = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].map(
      (el) => el.getAttribute('aria-label') ?? el.textContent,
    );
    expect(order).toEqual(['Close chat', 'Conversation', 'https://sunrise.example', 'Retry', 'Type your message', 'Send']);
    expect(dialog.querySelectorAll('[tabindex]:not([tabindex="-1"]):not([tabindex="0"])')).toHaveLength(0);
  });

  it('works without a mouse: Enter on the launcher opens, Escape on the launcher closes', () => {
    const { ui, launcher, root, client } = renderWidget();
    launcher.element.focus();
    // Buttons turn Enter/Space into a click natively; the widget only listens to clicks.
    fireEvent.click(launcher.element);
    expect(root.activeElement).toBe(ui.getByRole('textbox'));
    launcher.element.focus();
    fireEvent.keyDown(launcher.element, { key: 'Escape' });
    expect(client.state.open).toBe(false);
  });

  it('returns focus to the launcher when the page closes the panel while focus is inside', () => {
    const { launcher, root, handle, update, ui } = renderWidget();
    fireEvent.click(launcher.element);
    expect(root.activeElement).toBe(ui.getByRole('textbox'));
    update(() => handle.close());
    expect(root.activeElement).toBe(launcher.element);
  });
});
