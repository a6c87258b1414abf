// @vitest-environment happy-dom
// @vitest-environment-options {"url":"http://localhost/console/"}
import { fireEvent, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { makeMe } from '../test/fixtures.js';
import { renderConsole } from '../test/render-console.js';
import { setupStaffServer } from '../test/setup-msw.js';

const server = setupStaffServer();

function signIn(ui: ReturnType<typeof renderConsole>['ui'], password: string) {
  fireEvent.input(ui.getByLabelText('Email'), { target: { value: 'maria@sunrise.example' } });
  fireEvent.input(ui.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(ui.getByRole('button', { name: 'Sign in' }));
}

describe('sign-in', () => {
  it('sends a visitor without a session to sign-in, remembering where they were going', async () => {
    const { path, ui } = renderConsole(server, '/console/conversations/c_42', { me: null });
    await waitFor(() => expect(path()).toBe('/console/sign-in?next=%2Fconsole%2Fconversations%2Fc_42'));
    expect(ui.getByRole('heading', { name: 'Sign in' })).toBeTruthy();
  });

  it('says the email and password do not match on 401, and stays on sign-in', async () => {
    const { ui, path } = renderConsole(server, '/console/sign-in', { me: null });
    signIn(ui, 'wrong');
    expect((await ui.findByRole('alert')).textContent).toBe('That email and password do not match an account.');
    expect(path()).toBe('/console/sign-in');
  });

  it('tells a locked account how many minutes to wait', async () => {
    const { ui } = renderConsole(server, '/console/sign-in', { me: null, setup: (d) => (d.signInError = { code: 'ACCOUNT_LOCKED', retryAfter: 600 }) });
    signIn(ui, 'anything');
    expect((await ui.findByRole('alert')).textContent).toContain('locked for 10 minutes');
  });

  it('asks to slow down when sign-in is rate limited', async () => {
    const { ui } = renderConsole(server, '/console/sign-in', { me: null, setup: (d) => (d.signInError = { code: 'RATE_LIMITED', retryAfter: 30 }) });
    signIn(ui, 'anything');
    expect((await ui.findByRole('alert')).textContent).toBe('Too many requests. Try again in 1 minute.');
  });

  it('shows a validation refusal as a human message', async () => {
    const { ui } = renderConsole(server, '/console/sign-in', { me: null, setup: (d) => (d.signInError = { code: 'VALIDATION_ERROR' }) });
    signIn(ui, 'x');
    expect((await ui.findByRole('alert')).textContent).toContain('Please check what you entered.');
  });

  it('goes to ?next= after signing in and opens the staff socket', async () => {
    const me = makeMe();
    const { ui, path, data, sockets } = renderConsole(server, '/console/sign-in?next=%2Fconsole%2Fleads', {
      me,
      setup: (d) => {
        d.me = null;
      },
    });
    await waitFor(() => expect(data.requests.some((r) => r.path === '/v1/staff/me')).toBe(true));
    data.me = me;
    signIn(ui, data.password);
    await waitFor(() => expect(path()).toBe('/console/leads'));
    expect(await ui.findByRole('heading', { name: 'Leads' })).toBeTruthy();
    expect(sockets).toHaveLength(1);
    const signInRequest = data.requests.find((r) => r.path === '/v1/staff/auth/sign-in');
    expect(signInRequest?.credentials).toBe('same-origin');
  });

  it('never follows a ?next= that leaves the console', async () => {
    const me = makeMe();
    const { ui, path, data } = renderConsole(server, '/console/sign-in?next=https%3A%2F%2Fevil.example%2F', { setup: (d) => (d.me = null) });
    await waitFor(() => expect(data.requests.length).toBeGreaterThan(0));
    data.me = me;
    signIn(ui, data.password);
    await waitFor(() => expect(path()).toBe('/console/'));
  });
});
