// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWidget, unmountAll } from './render-widget.js';

afterEach(() => {
  unmountAll();
  cleanup();
  vi.unstubAllGlobals();
});

describe('Spanish', () => {
  it('uses Spanish strings when the page asks for es', () => {
    const { ui } = renderWidget({ open: true, persona: null, status: 'reconnecting' }, { locale: 'es' });
    expect(ui.getByRole('button', { name: 'Cerrar chat' })).toBeTruthy();
    expect(ui.getByRole('textbox', { name: 'Escribe tu mensaje' })).toBeTruthy();
    expect(ui.getByRole('button', { name: 'Enviar' })).toBeTruthy();
    expect(ui.getByRole('log', { name: 'Conversación' }).textContent).toContain('¿En qué puedo ayudarte hoy?');
    expect(ui.getAllByRole('status').some((s) => s.textContent === 'Reconectando…')).toBe(true);
  });

  it("falls back to the session's locale, and the page option wins over it", () => {
    expect(renderWidget({ open: true, locale: 'es' }).ui.getByRole('button', { name: 'Enviar' })).toBeTruthy();
    expect(renderWidget({ open: true, locale: 'es' }, { locale: 'en' }).ui.getAllByRole('button', { name: 'Send' })).toHaveLength(1);
  });
});

function rootEl(ui: ReturnType<typeof renderWidget>['ui']): HTMLElement {
  return ui.getByRole('dialog').parentElement as HTMLElement;
}

describe('dark mode', () => {
  it('follows theme.mode', () => {
    const { ui, handle, update } = renderWidget({ open: true, theme: { mode: 'dark' } });
    expect(rootEl(ui).dataset.scheme).toBe('dark');
    update(() => handle.setTheme({ mode: 'light' }));
    expect(rootEl(ui).dataset.scheme).toBe('light');
  });

  it('follows prefers-color-scheme in auto mode, live', () => {
    const mql = Object.assign(new EventTarget(), { matches: true, media: '(prefers-color-scheme: dark)' });
    vi.stubGlobal('matchMedia', () => mql);
    const { ui, update } = renderWidget({ open: true });
    expect(rootEl(ui).dataset.scheme).toBe('dark');
    update(() => {
      mql.matches = false;
      mql.dispatchEvent(Object.assign(new Event('change'), { matches: false }));
    });
    expect(rootEl(ui).dataset.scheme).toBe('light');
  });
});

describe('theme', () => {
  it('puts readable text on the accent and passes the validated theme to the launcher', () => {
    const { ui, launcher } = renderWidget({ open: true, theme: { accent: '#1f5eff' } }, { theme: { accent: '#ffeb3b', position: 'left', zIndex: 50 } });
    const style = rootEl(ui).style;
    expect(style.getPropertyValue('--cathy-accent')).toBe('#ffeb3b');
    expect(style.getPropertyValue('--cathy-on-accent')).toBe('#111111');
    expect(style.getPropertyValue('--cathy-z')).toBe('50');
    expect(rootEl(ui).dataset.position).toBe('left');
    expect(launcher.theme).toMatchObject({ accent: '#ffeb3b', position: 'left', zIndex: 50 });
  });

  it('falls back to the default accent for an invalid colour, with white text on it', () => {
    const { ui } = renderWidget({ open: true }, { theme: { accent: 'url(javascript:alert(1))' } });
    const style = rootEl(ui).style;
    expect(style.getPropertyValue('--cathy-accent')).toBe('#1f5eff');
    expect(style.getPropertyValue('--cathy-on-accent')).toBe('#ffffff');
    expect(style.getPropertyValue('--cathy-z')).toBe('2147483000');
  });

  it('sizes the panel to the visual viewport so the input stays above the keyboard', () => {
    const vv = Object.assign(new EventTarget(), { height: 400, offsetTop: 0 });
    vi.stubGlobal('visualViewport', vv);
    const { ui, update } = renderWidget({ open: true });
    const panel = ui.getByRole('dialog');
    expect(panel.style.getPropertyValue('--cathy-vv-height')).toBe('400px');
    update(() => {
      Object.assign(vv, { height: 250, offsetTop: 120 });
      vv.dispatchEvent(new Event('resize'));
    });
    expect(panel.style.getPropertyValue('--cathy-vv-height')).toBe('250px');
    expect(panel.style.getPropertyValue('--cathy-vv-top')).toBe('120px');
  });
});
