// @vitest-environment happy-dom
// @vitest-environment-options {"url":"http://localhost/console/"}
import { fireEvent, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.js';
import { es } from '../i18n/es.js';
import { makeDetail, makeItem, makeMe } from '../test/fixtures.js';
import { renderConsole } from '../test/render-console.js';
import { setupStaffServer } from '../test/setup-msw.js';

const server = setupStaffServer();

/** Every leaf of a strings table, functions called with a sample argument. */
function leaves(table: object, prefix = ''): [string, string][] {
  return Object.entries(table).flatMap(([key, value]): [string, string][] => {
    const path = `${prefix}${key}`;
    if (typeof value === 'function') return [[path, String(value(2))]];
    if (typeof value === 'object' && value) return leaves(value, `${path}.`);
    return [[path, String(value)]];
  });
}

describe('Spanish', () => {
  it("shows the inbox in Spanish for a staff member whose locale is es, with the page's lang", async () => {
    const { ui } = renderConsole(server, '/console/', { me: makeMe({ locale: 'es' }), setup: (d) => (d.items = [makeItem('a', { state: 'waiting' })]) });
    expect(await ui.findByRole('heading', { name: 'Bandeja' })).toBeTruthy();
    expect(ui.getByRole('button', { name: 'Con prospecto' })).toBeTruthy();
    await waitFor(() => expect(ui.getAllByText('En espera').length).toBeGreaterThan(1));
    expect(document.documentElement.lang).toBe('es');
  });

  it('switches to English from the language menu', async () => {
    const { ui } = renderConsole(server, '/console/', { me: makeMe({ locale: 'es' }) });
    await ui.findByRole('heading', { name: 'Bandeja' });
    fireEvent.change(ui.getByLabelText('Idioma'), { target: { value: 'en' } });
    expect(await ui.findByRole('heading', { name: 'Inbox' })).toBeTruthy();
  });

  it('shows sign-in errors in Spanish', async () => {
    const { ui } = renderConsole(server, '/console/sign-in', { setup: (d) => (d.signInError = { code: 'ACCOUNT_LOCKED', retryAfter: 120 }) });
    fireEvent.change(ui.getByLabelText('Language'), { target: { value: 'es' } });
    fireEvent.input(ui.getByLabelText('Correo electrónico'), { target: { value: 'a@b.example' } });
    fireEvent.input(ui.getByLabelText('Contraseña'), { target: { value: 'x' } });
    fireEvent.click(ui.getByRole('button', { name: 'Entrar' }));
    expect((await ui.findByRole('alert')).textContent).toContain('bloqueada durante 2 minutos');
  });

  it('offers the takeover and shows the handoff trail in Spanish', async () => {
    const { ui, socket, update } = renderConsole(server, '/console/conversations/c1', {
      me: makeMe({ locale: 'es' }),
      setup: (d) => {
        d.items = [makeItem('c1')];
        d.details.c1 = makeDetail(d.items[0]!);
      },
    });
    expect(await ui.findByText('Cathy está respondiendo este chat.')).toBeTruthy();
    fireEvent.click(ui.getByRole('button', { name: 'Tomar el chat' }));
    expect(await ui.findByLabelText('Mensaje para el cliente')).toBeTruthy();
    expect(ui.getByRole('button', { name: 'Devolver a Cathy' })).toBeTruthy();
    update(() => socket().push('conversation:escalated', { item: makeItem('c2', { state: 'waiting' }), reason: 'hostility' }));
    expect(ui.getByRole('alert').textContent).toContain('Un cliente espera a una persona');
    expect(ui.getByRole('alert').textContent).toContain('molesto');
    expect(ui.getByRole('button', { name: '1 en espera' })).toBeTruthy();
  });

  it('translates every string (no Spanish entry left in English or empty)', () => {
    const english = new Map(leaves(en));
    const same = leaves(es).filter(([key, text]) => !text.trim() || (english.get(key) === text && !/^(Cathy|Webhook|CRM \(ADF\)|No|Email)$/.test(text)));
    expect(same).toEqual([]);
    expect(leaves(es).map(([key]) => key)).toEqual([...english.keys()]);
  });
});
