// @vitest-environment happy-dom
// @vitest-environment-options {"url":"http://localhost/console/"}
import { fireEvent, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { makeMe } from '../test/fixtures.js';
import { renderConsole } from '../test/render-console.js';
import { setupStaffServer } from '../test/setup-msw.js';

const server = setupStaffServer();

describe('profile', () => {
  it('saves the name and an https picture shoppers will see, with the CSRF header', async () => {
    const { ui, data, state } = renderConsole(server, '/console/profile', { me: makeMe() });
    fireEvent.input(await ui.findByLabelText('Name'), { target: { value: 'María López' } });
    fireEvent.input(ui.getByLabelText('Picture address (https, optional)'), { target: { value: 'https://cdn.sunrise.example/maria.jpg' } });
    fireEvent.click(ui.getByRole('button', { name: 'Save' }));
    expect(await ui.findByText('Saved.')).toBeTruthy();
    expect(data.requests.find((r) => r.method === 'PATCH' && r.path === '/v1/staff/me')).toMatchObject({
      csrf: 'csrf-token-1',
      body: { name: 'María López', avatarUrl: 'https://cdn.sunrise.example/maria.jpg' },
    });
    expect(state.session.me.value).toMatchObject({ name: 'María López', avatarUrl: 'https://cdn.sunrise.example/maria.jpg', csrfToken: 'csrf-token-1' });
  });

  it('refuses a picture address that is not https, sending nothing', async () => {
    const { ui, data } = renderConsole(server, '/console/profile', { me: makeMe() });
    fireEvent.input(await ui.findByLabelText('Picture address (https, optional)'), { target: { value: 'http://cdn.sunrise.example/maria.jpg' } });
    fireEvent.click(ui.getByRole('button', { name: 'Save' }));
    expect((await ui.findByRole('alert')).textContent).toBe('The picture address must start with https://');
    await waitFor(() => expect(ui.getByLabelText('Picture address (https, optional)').getAttribute('aria-invalid')).toBe('true'));
    expect(data.requests.some((r) => r.method === 'PATCH')).toBe(false);
  });

  it('removes the picture when its address is emptied', async () => {
    const { ui, data, state } = renderConsole(server, '/console/profile', { me: makeMe({ avatarUrl: 'https://cdn.sunrise.example/old.jpg' }) });
    const field = (await ui.findByLabelText('Picture address (https, optional)')) as HTMLInputElement;
    expect(field.value).toBe('https://cdn.sunrise.example/old.jpg');
    fireEvent.input(field, { target: { value: '' } });
    fireEvent.click(ui.getByRole('button', { name: 'Save' }));
    expect(await ui.findByText('Saved.')).toBeTruthy();
    expect(data.requests.find((r) => r.method === 'PATCH')?.body).toEqual({ name: 'Maria Lopez', avatarUrl: null });
    expect(state.session.me.value?.avatarUrl).toBeUndefined();
  });

  it('is reached from the account menu', async () => {
    const { ui } = renderConsole(server, '/console/', { me: makeMe() });
    expect((await ui.findByRole('link', { name: 'Profile' })).getAttribute('href')).toBe('/console/profile');
  });
});
