// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { message } from './fake-client.js';
import { renderWidget, unmountAll } from './render-widget.js';

afterEach(() => {
  unmountAll();
  cleanup();
});

const site = { name: 'Sunrise Auto', privacyUrl: 'https://sunriseauto.example/privacy', team: { open: true } };

describe('the recorded-chat notice', () => {
  it.each([
    ['en', 'Chats are recorded and shared with Sunrise Auto.', 'Privacy policy', 'Automated assistant'],
    ['es', 'Las conversaciones se graban y se comparten con Sunrise Auto.', 'Política de privacidad', 'Asistente automatizado'],
  ] as const)('shows in %s before the first message, beside the bot disclosure, linking the privacy policy', (locale, text, link, bot) => {
    const { ui } = renderWidget({ open: true, locale, site }, { locale });
    const log = ui.getByRole('log');
    const notices = Array.from(log.querySelectorAll('.cathy-notice'));
    expect(notices.map((n) => n.textContent)).toEqual([bot, `${text} ${link}`]);
    // Above every message row.
    expect(notices[1]!.compareDocumentPosition(log.querySelector('.cathy-row')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const anchor = ui.getByRole('link', { name: link });
    expect(anchor.getAttribute('href')).toBe('https://sunriseauto.example/privacy');
    expect(anchor.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('names the dealership generically before the session and leaves the link out without a privacy URL', () => {
    const { ui, update, client } = renderWidget({ open: true, site: null, ready: false });
    expect(ui.getByText('Chats are recorded and shared with the dealership.')).toBeTruthy();
    update(() => client.push({ site: { name: 'Sunrise Auto', team: { open: true } } }));
    expect(ui.getByText('Chats are recorded and shared with Sunrise Auto.')).toBeTruthy();
    expect(ui.queryByRole('link')).toBeNull();
  });

  it('never links a privacy URL that is not http(s)', () => {
    const { ui } = renderWidget({ open: true, site: { ...site, privacyUrl: 'javascript:alert(1)' } });
    expect(ui.queryByRole('link')).toBeNull();
  });
});

describe('the header while the dealership is closed', () => {
  it('says the automated assistant is available and when the team is back, not "Online"', () => {
    const { ui, update, client } = renderWidget({ open: true, site: { name: 'Sunrise Auto', team: { open: false, opens: 'tomorrow at 9:00 AM' } } });
    const header = ui.getByRole('dialog').querySelector('.cathy-header')!;
    const lines = () => Array.from(header.querySelectorAll('.cathy-status')).map((p) => p.textContent);
    expect(lines()).toEqual(['Automated assistant · team back tomorrow at 9:00 AM']);
    // Not the "online" dot: nobody from the team is there.
    expect(header.getAttribute('data-online')).toBe('false');
    update(() => client.receive(message('assistant', 'Hi')));
    // Open hours alone promise nobody either: Cathy is still the one answering.
    update(() => client.push({ site: { name: 'Sunrise Auto', team: { open: true } } }));
    expect(lines()).toEqual(['Automated assistant']);
    expect(header.getAttribute('data-online')).toBe('false');
  });

  it('says it in Spanish for a Spanish chat, and only "automated assistant" for a site without hours', () => {
    const { ui } = renderWidget({ open: true, locale: 'es', site: { name: 'Sunrise Auto', team: { open: false, opens: 'mañana a las 9:00' } } }, { locale: 'es' });
    expect(ui.getByText('Asistente automatizado · el equipo vuelve mañana a las 9:00')).toBeTruthy();
    unmountAll();
    const closed = renderWidget({ open: true, site: { name: 'Sunrise Auto', team: { open: false } } });
    expect(closed.ui.getByRole('dialog').querySelector('.cathy-status')?.textContent).toBe('Automated assistant');
  });
});

describe('the greeting for a shopper who writes in Spanish', () => {
  it('follows the language Cathy answers in, unless the page pinned a locale', () => {
    const greeting = message('assistant', "Hi! I'm Cathy, an automated assistant for Sunrise Auto.", { locale: 'en' });
    const { ui, update, client } = renderWidget({ open: true, messages: [greeting] });
    const rows = () => Array.from(ui.getByRole('log').querySelectorAll('.cathy-row')).map((row) => row.textContent ?? '');
    expect(rows()[0]).toContain('an automated assistant for Sunrise Auto');
    const question = message('visitor', 'Hola, busco una camioneta');
    update(() => client.receive(question));
    update(() => client.receive(message('assistant', '¡Claro! ¿Nueva o usada?', { replyTo: question.id, locale: 'es' })));
    expect(rows()[0]).toContain('¡Hola! Soy Cathy. ¿En qué puedo ayudarte hoy?');
    expect(ui.getByRole('textbox').getAttribute('aria-label')).toBe('Escribe tu mensaje');

    unmountAll();
    const pinned = renderWidget({ open: true, messages: [greeting, question, message('assistant', '¡Claro!', { replyTo: question.id, locale: 'es' })] }, { locale: 'en' });
    expect(pinned.ui.getByRole('log').querySelector('.cathy-row')?.textContent).toContain('an automated assistant for Sunrise Auto');
  });
});
