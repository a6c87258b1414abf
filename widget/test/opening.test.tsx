// @vitest-environment happy-dom
import { cleanup, fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { message } from './fake-client.js';
import { renderWidget, unmountAll } from './render-widget.js';

afterEach(() => {
  unmountAll();
  cleanup();
  delete (navigator as { userActivation?: unknown }).userActivation;
});

/** happy-dom has no user activation; browsers report whether a click or key press is under way. */
function activation(isActive: boolean): void {
  Object.defineProperty(navigator, 'userActivation', { configurable: true, value: { isActive } });
}

describe('opening and closing', () => {
  it('opens a labelled dialog from the launcher and focuses the input', () => {
    const { ui, launcher, root } = renderWidget();
    expect(ui.queryByRole('dialog')).toBeNull();
    fireEvent.click(launcher.element);
    const dialog = ui.getByRole('dialog', { name: 'Cathy' });
    expect(dialog.getAttribute('aria-modal')).toBe('false');
    expect(root.activeElement).toBe(ui.getByRole('textbox', { name: 'Type your message' }));
    expect(launcher.element.getAttribute('aria-expanded')).toBe('true');
  });

  it('shows the greeting and the automated-assistant notice when there are no messages', () => {
    const { ui } = renderWidget({ open: true });
    const log = ui.getByRole('log', { name: 'Conversation' });
    expect(log.textContent).toContain('Hi! Looking for a car?');
    expect(log.textContent).toContain('Automated assistant');
  });

  it("shows the page's greeting in place of the server's stored one, and leaves replies alone", () => {
    const stored = message('assistant', "Hi! I'm Cathy, an automated assistant for Sunrise Auto.");
    const question = message('visitor', 'Hi');
    const reply = message('assistant', 'Hello! How can I help?', { replyTo: question.id });
    const { ui } = renderWidget({ open: true, messages: [stored, question, reply] }, { persona: { name: 'Rosa', greeting: "Hi, I'm Rosa!" } });
    const log = ui.getByRole('log', { name: 'Conversation' });
    expect(log.textContent).toContain("Hi, I'm Rosa!");
    expect(log.textContent).not.toContain("I'm Cathy");
    expect(log.textContent).toContain('Hello! How can I help?');
  });

  it("shows the server's greeting when the page sets none", () => {
    const { ui } = renderWidget({ open: true, messages: [message('assistant', "Hi! I'm Cathy.")] });
    expect(ui.getByRole('log', { name: 'Conversation' }).textContent).toContain("Hi! I'm Cathy.");
  });

  it('closes on Escape and returns focus to the launcher', () => {
    const { ui, launcher, root } = renderWidget();
    fireEvent.click(launcher.element);
    fireEvent.keyDown(ui.getByRole('textbox'), { key: 'Escape' });
    expect(ui.queryByRole('dialog')).toBeNull();
    expect(root.activeElement).toBe(launcher.element);
    expect(launcher.element.getAttribute('aria-expanded')).toBe('false');
  });

  it('closes from the header button and returns focus to the launcher', () => {
    const { ui, launcher, root } = renderWidget();
    fireEvent.click(launcher.element);
    fireEvent.click(ui.getByRole('button', { name: 'Close chat' }));
    expect(ui.queryByRole('dialog')).toBeNull();
    expect(root.activeElement).toBe(launcher.element);
  });

  it('toggles closed with a second launcher click', () => {
    const { ui, launcher, client } = renderWidget();
    fireEvent.click(launcher.element);
    fireEvent.click(launcher.element);
    expect(client.state.open).toBe(false);
    expect(ui.queryByRole('dialog')).toBeNull();
  });

  it('does not steal focus when restored open after navigation', () => {
    const { ui, root } = renderWidget({ open: true });
    expect(ui.getByRole('dialog')).toBeTruthy();
    expect(root.activeElement).toBeNull();
  });

  it('leaves focus in the page when page code opens the panel without the visitor acting (data-open, a timer)', () => {
    const { ui, handle, root, update } = renderWidget();
    activation(false);
    update(() => handle.open());
    expect(ui.getByRole('dialog')).toBeTruthy();
    expect(root.activeElement).toBeNull();
    update(() => handle.close());
    activation(true);
    update(() => handle.open());
    expect(root.activeElement).toBe(ui.getByRole('textbox'));
  });

  it('opens and closes through the handle and stops listening on destroy', () => {
    const { ui, handle, client, launcher, update } = renderWidget();
    update(() => handle.open());
    expect(ui.getByRole('dialog')).toBeTruthy();
    update(() => handle.destroy());
    expect(ui.queryByRole('dialog')).toBeNull();
    expect(client.listenerCount()).toBe(0);
    fireEvent.click(launcher.element);
    expect(client.state.open).toBe(true);
  });
});
