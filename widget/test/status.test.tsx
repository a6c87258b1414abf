// @vitest-environment happy-dom
import { cleanup, fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { message } from './fake-client.js';
import { renderWidget, unmountAll } from './render-widget.js';

afterEach(() => {
  unmountAll();
  cleanup();
});

describe('connection status', () => {
  it('shows a Reconnecting banner and header status while the connection is down', () => {
    const { ui, update, client } = renderWidget({ open: true });
    const dialog = ui.getByRole('dialog');
    expect(dialog.querySelector('.cathy-status')?.textContent).toBe('Automated assistant');
    update(() => client.push({ status: 'reconnecting' }));
    const banner = ui.getAllByRole('status').find((s) => s.textContent === 'Reconnecting…');
    expect(banner?.className).toBe('cathy-banner');
    expect(dialog.querySelector('.cathy-status')?.textContent).toBe('Reconnecting…');
    update(() => client.push({ status: 'online' }));
    expect(ui.getAllByRole('status').some((s) => s.textContent === 'Reconnecting…')).toBe(false);
  });

  it('explains that messages wait while offline', () => {
    const { ui } = renderWidget({ open: true, status: 'offline' });
    expect(ui.getAllByRole('status').some((s) => /You're offline/.test(s.textContent ?? ''))).toBe(true);
  });

  it("shows the persona's own status text when online, including over the HTTP fallback", () => {
    const { ui } = renderWidget({ open: true, status: 'http', persona: { name: 'Cathy', greeting: 'Hi', status: 'Replies instantly' } });
    expect(ui.getByText('Replies instantly')).toBeTruthy();
    expect(ui.queryByText('Reconnecting…')).toBeNull();
  });
});

describe('unread badge', () => {
  it("counts Cathy's messages that arrive while closed and clears them on open", () => {
    const { launcher, update, client } = renderWidget();
    update(() => client.receive(message('assistant', 'Still there?')));
    update(() => client.receive(message('visitor', 'yes')));
    update(() => client.receive(message('assistant', 'Great!')));
    expect(launcher.unread).toBe(2);
    fireEvent.click(launcher.element);
    expect(launcher.unread).toBe(0);
    update(() => client.receive(message('assistant', 'Seen while open')));
    expect(launcher.unread).toBe(0);
  });
});

describe('persona', () => {
  it('merges page overrides over the server persona for display', () => {
    const { ui, handle, update } = renderWidget({ open: true }, { persona: { name: 'Maria' } });
    expect(ui.getByRole('dialog', { name: 'Maria' })).toBeTruthy();
    expect(ui.getByRole('log').textContent).toContain('Hi! Looking for a car?');
    update(() => handle.setPersona({ greeting: 'Welcome to Sunrise Auto!' }));
    expect(ui.getByRole('dialog', { name: 'Maria' })).toBeTruthy();
    expect(ui.getByRole('log').textContent).toContain('Welcome to Sunrise Auto!');
  });

  it('shows an avatar image for web URLs and the initial otherwise', () => {
    const { ui, handle, update } = renderWidget({ open: true }, { persona: { avatarUrl: 'https://cdn.example/cathy.png' } });
    const header = ui.getByRole('dialog').querySelector('.cathy-header');
    expect(header?.querySelector('img')?.getAttribute('src')).toBe('https://cdn.example/cathy.png');
    update(() => handle.setPersona({ avatarUrl: 'javascript:alert(1)' }));
    expect(header?.querySelector('img')).toBeNull();
    expect(header?.querySelector('.cathy-avatar')?.textContent).toBe('C');
  });
});
