// @vitest-environment happy-dom
// @vitest-environment-options {"url":"http://localhost/console/"}
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { makeItem, makeMe } from '../test/fixtures.js';
import { renderConsole } from '../test/render-console.js';
import { setupStaffServer } from '../test/setup-msw.js';

const server = setupStaffServer();
const onTwoSites = () =>
  makeMe({
    memberships: [
      { siteId: 'site_1', siteName: 'Sunrise Auto', role: 'manager', assistantName: 'Cathy' },
      { siteId: 'site_2', siteName: 'Sunset Motors', role: 'salesperson', assistantName: 'Cathy' },
    ],
  });

describe('session', () => {
  it('goes back to sign-in, saying why, when the server ends the session', async () => {
    const { ui, socket, update, path, data } = renderConsole(server, '/console/leads', { me: makeMe() });
    await ui.findByRole('heading', { name: 'Leads' });
    const live = socket();
    data.me = null;
    update(() => live.push('session:ended', { reason: 'removed' }));
    await waitFor(() => expect(path()).toBe('/console/sign-in?next=%2Fconsole%2Fleads'));
    expect(ui.getByRole('status').textContent).toBe('Your session ended. Sign in again.');
    expect(live.closed).toBe(true);
  });

  it('stays signed in with the sites that are left when removed from one of them, on a fresh socket', async () => {
    const me = onTwoSites();
    const { ui, socket, sockets, update, path, data } = renderConsole(server, '/console/', { me, setup: (d) => (d.items = [makeItem('a')]) });
    await ui.findByText('Shopper a');
    const live = socket();
    data.me = { ...me, memberships: [me.memberships[1]!] };
    update(() => live.push('session:ended', { reason: 'removed' }));
    await waitFor(() => expect(sockets).toHaveLength(2));
    expect(live.closed).toBe(true);
    expect(path()).toBe('/console/');
    await waitFor(() => expect(data.requests.at(-1)?.path).toBe('/v1/staff/sites/site_2/conversations'));
  });

  it('goes to sign-in when a request answers 401 mid-session', async () => {
    const { ui, data, path } = renderConsole(server, '/console/', { me: makeMe(), setup: (d) => (d.items = [makeItem('a')]) });
    await ui.findByText('Shopper a');
    data.me = null;
    fireEvent.click(ui.getByRole('button', { name: 'Waiting' }));
    await waitFor(() => expect(path()).toBe('/console/sign-in'));
  });

  it('signs out everywhere with the CSRF header and lands on sign-in', async () => {
    const { ui, data, path } = renderConsole(server, '/console/', { me: makeMe() });
    await ui.findByRole('heading', { name: 'Inbox' });
    fireEvent.click(ui.getByText('Maria Lopez'));
    fireEvent.click(ui.getByRole('button', { name: 'Sign out everywhere' }));
    await waitFor(() => expect(path()).toBe('/console/sign-in'));
    expect(data.requests.find((r) => r.path === '/v1/staff/auth/sign-out-everywhere')?.csrf).toBe('csrf-token-1');
  });

  it('closes the account menu on Escape and returns the focus to it', async () => {
    const { ui } = renderConsole(server, '/console/', { me: makeMe() });
    await ui.findByRole('heading', { name: 'Inbox' });
    const summary = ui.getByText('Maria Lopez');
    const menu = summary.closest('details')!;
    menu.open = true;
    fireEvent.keyDown(ui.getByRole('button', { name: 'Sign out' }), { key: 'Escape' });
    expect(menu.open).toBe(false);
    expect(document.activeElement).toBe(summary);
  });

  it('switches site for a person on several sites and lists that site', async () => {
    const me = onTwoSites();
    const { ui, data } = renderConsole(server, '/console/', { me, setup: (d) => (d.items = [makeItem('a')]) });
    await ui.findByText('Shopper a');
    const select = ui.getByLabelText('Site');
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Sunrise Auto', 'Sunset Motors']);
    fireEvent.change(select, { target: { value: 'site_2' } });
    await waitFor(() => expect(data.requests.at(-1)?.path).toBe('/v1/staff/sites/site_2/conversations'));
    expect(ui.queryByRole('link', { name: 'Team' })).toBeNull();
  });
});
