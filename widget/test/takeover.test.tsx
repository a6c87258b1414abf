// @vitest-environment happy-dom
import { cleanup, fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { AgentJoinedEvent } from '../../sdk/protocol/index.js';
import { message } from './fake-client.js';
import { renderWidget, unmountAll } from './render-widget.js';

afterEach(() => {
  unmountAll();
  cleanup();
});

const DANA: AgentJoinedEvent = { name: 'Dana', avatarUrl: 'https://cdn.example/dana.png', dealer: 'Sunrise Auto', at: '2026-12-07T01:00:00.000Z' };
const at = (minute: number) => ({ createdAt: `2026-12-07T01:0${minute}:30.000Z` });
const site = (team: { open: boolean; opens?: string; available?: boolean }) => ({ site: { name: 'Sunrise Auto', team } });

function header(ui: ReturnType<typeof renderWidget>['ui']) {
  const el = ui.getByRole('dialog').querySelector('.cathy-header')!;
  return {
    title: el.querySelector('.cathy-title')?.textContent,
    status: el.querySelector('.cathy-status')?.textContent,
    dot: el.getAttribute('data-online'),
    avatar: el.querySelector('img')?.getAttribute('src') ?? el.querySelector('.cathy-avatar')?.textContent,
  };
}

describe('the header tells who is there', () => {
  it('shows the person holding the chat, with their face and dealership, and the online dot', () => {
    const { ui } = renderWidget({ open: true, agent: DANA, ...site({ open: true }) });
    expect(header(ui)).toEqual({ title: 'Dana', status: 'from Sunrise Auto', dot: 'true', avatar: 'https://cdn.example/dana.png' });
    expect(ui.getByRole('dialog', { name: 'Dana' })).toBeTruthy();
  });

  it("shows the person's initial without an avatar, and says it in Spanish", () => {
    const { ui } = renderWidget({ open: true, locale: 'es', agent: { ...DANA, avatarUrl: undefined }, ...site({ open: true }) }, { locale: 'es' });
    expect(header(ui)).toMatchObject({ title: 'Dana', status: 'de Sunrise Auto', avatar: 'D' });
  });

  it('calls Cathy an automated assistant, with the online dot only when a person of the team can join', () => {
    const { ui, update, client } = renderWidget({ open: true, ...site({ open: true }) });
    expect(header(ui)).toMatchObject({ title: 'Cathy', status: 'Automated assistant', dot: 'false' });
    update(() => client.push(site({ open: true, available: true })));
    expect(header(ui)).toMatchObject({ title: 'Cathy', status: 'Automated assistant', dot: 'true' });
    update(() => client.push({ status: 'reconnecting' }));
    expect(header(ui)).toMatchObject({ status: 'Reconnecting…', dot: 'false' });
  });

  it('keeps the after-hours line, in Spanish too: "Asistente automatizado"', () => {
    const { ui } = renderWidget({ open: true, ...site({ open: false, opens: 'tomorrow at 9:00 AM' }) });
    expect(header(ui)).toMatchObject({ title: 'Cathy', status: 'Automated assistant · team back tomorrow at 9:00 AM', dot: 'false' });
    unmountAll();
    const es = renderWidget({ open: true, locale: 'es', ...site({ open: true }) }, { locale: 'es' });
    expect(header(es.ui)).toMatchObject({ status: 'Asistente automatizado', dot: 'false' });
  });
});

describe('a takeover in the conversation', () => {
  it("marks where the person joined and left, names them on their messages, and says it out loud", () => {
    const question = message('visitor', 'Can I talk to someone?', { createdAt: '2026-12-07T00:59:00.000Z' });
    const { ui, update, client } = renderWidget({ open: true, messages: [question], ...site({ open: true, available: true }) });
    const live = () => ui.getAllByRole('status').find((s) => s.getAttribute('aria-live') === 'polite')?.textContent;

    update(() => {
      client.push({ agent: DANA });
      client.emit('agent', { kind: 'joined', ...DANA });
    });
    expect(live()).toBe('Dana from Sunrise Auto joined');
    const first = message('agent', 'Hi, this is Dana.', { ...at(1), author: { name: 'Dana', avatarUrl: DANA.avatarUrl } });
    const second = message('agent', 'The CR-V is here.', { ...at(2), author: { name: 'Dana', avatarUrl: DANA.avatarUrl } });
    update(() => client.receive(first));
    expect(live()).toBe('Dana: Hi, this is Dana.');
    update(() => client.receive(second));
    update(() => {
      client.push({ agent: undefined });
      client.emit('agent', { kind: 'left', name: 'Dana', at: '2026-12-07T01:03:00.000Z' });
    });
    expect(live()).toBe('Dana left — Cathy is back');
    update(() => client.receive(message('assistant', 'Anything else?', at(4))));

    const log = ui.getByRole('log');
    const items = Array.from(log.querySelectorAll('.cathy-row, .cathy-notice')).map((el) => el.textContent);
    expect(items.slice(2)).toEqual([
      'You: Can I talk to someone?',
      'Dana from Sunrise Auto joined',
      'DanaDana: Hi, this is Dana.',
      'Dana: The CR-V is here.',
      'Dana left — Cathy is back',
      'Cathy: Anything else?',
    ]);
    const rows = log.querySelectorAll('.cathy-row[data-role=agent]');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.querySelector('.cathy-author img')?.getAttribute('src')).toBe(DANA.avatarUrl);
    expect(rows[0]!.querySelector('.cathy-author')?.getAttribute('aria-hidden')).toBe('true');
    expect(header(ui)).toMatchObject({ title: 'Cathy', status: 'Automated assistant' });
  });

  it('shows the line of a person who already held the chat when the page loaded, in Spanish', () => {
    const { ui } = renderWidget({ open: true, locale: 'es', agent: DANA, messages: [message('visitor', 'Hola', at(0))] }, { locale: 'es' });
    expect(ui.getByText('Dana, de Sunrise Auto, se unió al chat')).toBeTruthy();
  });

  it('says the person is typing, not Cathy, and tells the client while the visitor types', () => {
    const { ui, update, client } = renderWidget({ open: true, agent: DANA });
    update(() => {
      client.push({ typing: true, typingRole: 'agent' });
      client.emit('typing', { on: true, role: 'agent' });
    });
    expect(ui.getByRole('img', { name: 'Dana is typing' })).toBeTruthy();
    expect(ui.getAllByRole('status').some((s) => s.textContent === 'Dana is typing')).toBe(true);

    const input = ui.getByRole('textbox');
    fireEvent.input(input, { target: { value: 'I' } });
    fireEvent.input(input, { target: { value: 'I can' } });
    fireEvent.input(input, { target: { value: '' } });
    expect(client.typed).toEqual([true, true, false]);
  });

  it('names Cathy on her own typing indicator, in Spanish too', () => {
    const { ui } = renderWidget({ open: true, locale: 'es', typing: true, typingRole: 'assistant' }, { locale: 'es' });
    expect(ui.getByRole('img', { name: 'Cathy está escribiendo' })).toBeTruthy();
  });
});
