// @vitest-environment happy-dom
import { cleanup, fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../../sdk/protocol/index.js';
import { renderWidget, unmountAll } from './render-widget.js';

afterEach(() => {
  unmountAll();
  cleanup();
});

function typeInto(input: HTMLElement, value: string): void {
  fireEvent.input(input, { target: { value } });
}

describe('sending', () => {
  it('sends on Enter, clears the input and shows the message as sending', () => {
    const { ui, client } = renderWidget({ open: true });
    const input = ui.getByRole('textbox', { name: 'Type your message' }) as HTMLTextAreaElement;
    typeInto(input, 'Do you have SUVs?');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(client.sent).toEqual(['Do you have SUVs?']);
    expect(input.value).toBe('');
    expect(ui.getByRole('log').textContent).toContain('Do you have SUVs?');
    expect(ui.getByText('Sending…')).toBeTruthy();
  });

  it('does not send on Shift+Enter, which leaves the newline to the textarea', () => {
    const { ui, client } = renderWidget({ open: true });
    const input = ui.getByRole('textbox');
    typeInto(input, 'line one');
    const notPrevented = fireEvent.keyDown(input, { key: 'Enter', shiftKey: true });
    expect(notPrevented).toBe(true);
    expect(client.sent).toEqual([]);
  });

  it('does not send while an IME composition is confirmed with Enter', () => {
    const { ui, client } = renderWidget({ open: true });
    const input = ui.getByRole('textbox');
    typeInto(input, 'かくにん');
    fireEvent.keyDown(input, { key: 'Enter', isComposing: true });
    expect(client.sent).toEqual([]);
  });

  it('disables Send and sends nothing while the text is blank', () => {
    const { ui, client } = renderWidget({ open: true });
    const send = ui.getByRole('button', { name: 'Send' }) as HTMLButtonElement;
    expect(send.disabled).toBe(true);
    typeInto(ui.getByRole('textbox'), '   \n ');
    expect(send.disabled).toBe(true);
    fireEvent.keyDown(ui.getByRole('textbox'), { key: 'Enter' });
    expect(client.sent).toEqual([]);
  });

  it('sends with the Send button, trimmed', () => {
    const { ui, client } = renderWidget({ open: true });
    typeInto(ui.getByRole('textbox'), '  hello  ');
    fireEvent.click(ui.getByRole('button', { name: 'Send' }));
    expect(client.sent).toEqual(['hello']);
  });

  it('caps the input at the message limit and counts down near it', () => {
    const { ui } = renderWidget({ open: true });
    const input = ui.getByRole('textbox') as HTMLTextAreaElement;
    expect(input.maxLength).toBe(LIMITS.messageText);
    typeInto(input, 'a'.repeat(LIMITS.messageText - 5));
    expect(ui.getByText('5 characters left')).toBeTruthy();
    expect(input.getAttribute('aria-describedby')).toBe('cathy-counter');
  });

  it('shows a failed send with a Retry button that calls client.retry', () => {
    const { ui, client } = renderWidget({
      open: true,
      pending: [{ clientId: 'abc', text: 'Call me', createdAt: '', status: 'failed' }],
    });
    expect(ui.getByText('Not sent')).toBeTruthy();
    fireEvent.click(ui.getByRole('button', { name: 'Retry' }));
    expect(client.retried).toEqual(['abc']);
  });

  it('marks queued messages as waiting while offline', () => {
    const { ui } = renderWidget({
      open: true,
      status: 'offline',
      pending: [{ clientId: 'q1', text: 'Hello?', createdAt: '', status: 'queued' }],
    });
    expect(ui.getByText('Waiting to send')).toBeTruthy();
    expect(ui.queryByRole('button', { name: 'Retry' })).toBeNull();
  });
});
