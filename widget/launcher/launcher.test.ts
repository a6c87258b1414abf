// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createHost } from './create-host.js';
import { createLauncher } from './launcher.js';

afterEach(() => {
  document.body.innerHTML = '';
});

function draw(options: Partial<Parameters<typeof createLauncher>[1]> = {}) {
  const { root } = createHost(document);
  const launcher = createLauncher(root, { locale: 'en', theme: {}, ...options });
  return { root, launcher, button: launcher.element };
}

describe('createLauncher', () => {
  it('draws a labelled button in the shadow root, collapsed, bottom right', () => {
    const { root, button } = draw();
    expect(root.querySelector('button')).toBe(button);
    expect(button.getAttribute('aria-label')).toBe('Chat with us');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.type).toBe('button');
    expect(button.dataset.position).toBe('right');
    expect(button.style.getPropertyValue('--cathy-accent')).toBe('#1f5eff');
    expect(button.style.getPropertyValue('--cathy-z')).toBe('2147483000');
    expect(document.querySelector('cathy-chat')?.shadowRoot).toBe(root);
  });

  it('follows the theme: position, accent, z-index, merged across calls', () => {
    const { launcher, button } = draw({ theme: { position: 'left', accent: '#0a7a3d' } });
    expect(button.dataset.position).toBe('left');
    expect(button.style.getPropertyValue('--cathy-accent')).toBe('#0a7a3d');
    launcher.setTheme({ zIndex: 10 });
    expect(button.dataset.position).toBe('left');
    expect(button.style.getPropertyValue('--cathy-z')).toBe('10');
    launcher.setTheme({ accent: 'url(javascript:alert(1))' });
    expect(button.style.getPropertyValue('--cathy-accent')).toBe('#1f5eff');
  });

  it('speaks Spanish when asked', () => {
    expect(draw({ locale: 'es' }).button.getAttribute('aria-label')).toBe('Chatea con nosotros');
  });

  it('shows unread messages in the badge and in the label', () => {
    const { launcher, button } = draw();
    const badge = button.querySelector<HTMLElement>('.badge');
    expect(badge?.hidden).toBe(true);
    launcher.setUnread(3);
    expect(badge?.hidden).toBe(false);
    expect(badge?.textContent).toBe('3');
    expect(button.getAttribute('aria-label')).toBe('Chat with us, 3 unread');
    launcher.setUnread(120);
    expect(badge?.textContent).toBe('99+');
    launcher.setUnread(0);
    expect(badge?.hidden).toBe(true);
    expect(button.getAttribute('aria-label')).toBe('Chat with us');
  });

  it('reflects the panel state and goes away on destroy', () => {
    const { root, launcher, button } = draw();
    launcher.setExpanded(true);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    launcher.destroy();
    expect(root.querySelector('button')).toBeNull();
    expect(root.adoptedStyleSheets).toHaveLength(0);
  });
});
