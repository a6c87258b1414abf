// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { CathyClient } from '../../sdk/client/types.js';
import type { LauncherHandle, WidgetHandle } from '../widget-types.js';
import { createController } from './create-controller.js';

function parts() {
  const host = document.body.appendChild(document.createElement('cathy-chat'));
  const unsubscribe = vi.fn();
  const client = {
    send: vi.fn(() => ({ clientId: 'c1', text: 'Hi', createdAt: '', status: 'queued' })),
    identify: vi.fn(async () => ({ verified: true })),
    on: vi.fn(() => unsubscribe),
    destroy: vi.fn(),
  };
  const widget = { open: vi.fn(), close: vi.fn(), toggle: vi.fn(), setTheme: vi.fn(), setPersona: vi.fn(), destroy: vi.fn() };
  const launcher = { setTheme: vi.fn(), destroy: vi.fn() };
  const cathy = createController({
    host,
    client: client as unknown as CathyClient,
    widget: widget satisfies WidgetHandle,
    launcher: launcher as unknown as LauncherHandle,
  });
  return { host, client, widget, launcher, cathy, unsubscribe };
}

describe('createController', () => {
  it('routes panel commands to the widget and conversation commands to the client', async () => {
    const { cathy, client, widget, launcher, unsubscribe } = parts();
    cathy.open();
    cathy.close();
    cathy.toggle();
    cathy.setPersona({ name: 'Cathy' });
    cathy.setTheme({ accent: '#000000' });
    expect(widget.open).toHaveBeenCalledOnce();
    expect(widget.close).toHaveBeenCalledOnce();
    expect(widget.toggle).toHaveBeenCalledOnce();
    expect(widget.setPersona).toHaveBeenCalledWith({ name: 'Cathy' });
    expect(widget.setTheme).toHaveBeenCalledWith({ accent: '#000000' });
    expect(launcher.setTheme).toHaveBeenCalledWith({ accent: '#000000' });
    expect(cathy.send('Hi')).toMatchObject({ clientId: 'c1', status: 'queued' });
    await expect(cathy.identify({ externalId: 'u1', userHash: 'abc' })).resolves.toEqual({ verified: true });
    const listener = () => {};
    expect(cathy.on('lead', listener)).toBe(unsubscribe);
    expect(client.on).toHaveBeenCalledWith('lead', listener);
  });

  it('tears everything down once, host element included', () => {
    const { cathy, client, widget, launcher, host } = parts();
    cathy.destroy();
    cathy.destroy();
    expect(widget.destroy).toHaveBeenCalledOnce();
    expect(client.destroy).toHaveBeenCalledOnce();
    expect(launcher.destroy).toHaveBeenCalledOnce();
    expect(host.isConnected).toBe(false);
  });
});
