// @vitest-environment happy-dom
// @vitest-environment-options {"url":"http://localhost/console/"}
import { fireEvent, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { makeMe } from '../test/fixtures.js';
import { renderConsole } from '../test/render-console.js';
import { setupStaffServer } from '../test/setup-msw.js';

const server = setupStaffServer();

describe('invitation and reset links', () => {
  it('reads the invitation token from the fragment, drops it from the address bar and signs the person in', async () => {
    const { ui, data, path } = renderConsole(server, '/console/invitation#token=inv_secret', { setup: (d) => (d.me = null) });
    expect(window.location.hash).toBe('');
    data.me = makeMe();
    fireEvent.input(ui.getByLabelText('Password (at least 10 characters)'), { target: { value: 'a long password' } });
    fireEvent.click(ui.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(path()).toBe('/console/'));
    expect(data.requests.find((r) => r.path.endsWith('/accept-invitation'))?.body).toEqual({ token: 'inv_secret', password: 'a long password' });
  });

  it('says an expired or used invitation link cannot be used', async () => {
    const { ui } = renderConsole(server, '/console/invitation#token=old', { setup: (d) => (d.linkError = 'LINK_EXPIRED') });
    fireEvent.input(ui.getByLabelText('Password (at least 10 characters)'), { target: { value: 'a long password' } });
    fireEvent.click(ui.getByRole('button', { name: 'Create account' }));
    expect((await ui.findByRole('alert')).textContent).toBe('This link expired or was already used. Ask for a new one.');
  });

  it('says an invitation link without a token is incomplete', () => {
    const { ui } = renderConsole(server, '/console/invitation');
    expect(ui.getByRole('alert').textContent).toContain('This link is incomplete');
  });

  it('asks for a reset link without saying whether the email has an account', async () => {
    const { ui, data } = renderConsole(server, '/console/reset');
    fireEvent.input(ui.getByLabelText('Email'), { target: { value: 'who@sunrise.example' } });
    fireEvent.click(ui.getByRole('button', { name: 'Send link' }));
    expect((await ui.findByRole('status')).textContent).toBe('If that address has an account, a link is on its way. It works once.');
    expect(data.requests.find((r) => r.path.endsWith('/request-reset'))?.body).toEqual({ email: 'who@sunrise.example' });
  });

  it('sets a new password from the reset link and says when it expired', async () => {
    const { ui } = renderConsole(server, '/console/reset#token=rst', { setup: (d) => (d.linkError = 'LINK_EXPIRED') });
    fireEvent.input(ui.getByLabelText('New password (at least 10 characters)'), { target: { value: 'another long one' } });
    fireEvent.click(ui.getByRole('button', { name: 'Save password' }));
    expect((await ui.findByRole('alert')).textContent).toBe('This link expired or was already used. Ask for a new one.');
  });
});
