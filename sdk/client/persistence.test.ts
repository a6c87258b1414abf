// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://dealer.example/inventory"}
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPersistence } from './persistence.js';

const clearCookies = () => {
  for (const part of document.cookie.split(';')) document.cookie = `${part.split('=')[0]!.trim()}=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/`;
};

describe('createPersistence', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    clearCookies();
  });
  afterEach(() => clearCookies());

  it('keeps the visitor per site in localStorage and unsent text in sessionStorage', () => {
    const store = createPersistence('pk_a', 'auto', window);
    expect(store.kind).toBe('local');
    store.saveVisitor({ visitorId: 'v1', visitorToken: 't1', open: true });
    store.saveQueue([{ clientId: 'c1', text: 'hi', createdAt: '2026-01-01T00:00:00.000Z' }]);
    const again = createPersistence('pk_a', 'auto', window);
    expect(again.loadVisitor()).toEqual({ visitorId: 'v1', visitorToken: 't1', open: true });
    expect(again.loadQueue()).toHaveLength(1);
    expect(JSON.parse(sessionStorage.getItem('cathy:pk_a:queue')!)).toHaveLength(1);
    expect(createPersistence('pk_b', 'auto', window).loadVisitor()).toEqual({});
    again.saveQueue([]);
    expect(sessionStorage.getItem('cathy:pk_a:queue')).toBeNull();
  });

  it('falls back to a first-party cookie when localStorage throws', () => {
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', { configurable: true, get: () => { throw new DOMException('denied', 'SecurityError'); } });
    try {
      const store = createPersistence('pk_a', 'auto', window);
      expect(store.kind).toBe('cookie');
      store.saveVisitor({ visitorId: 'v1', visitorToken: 't1' });
      expect(document.cookie).toContain('cathy_pk_a=');
      expect(createPersistence('pk_a', 'auto', window).loadVisitor()).toEqual({ visitorId: 'v1', visitorToken: 't1' });
    } finally {
      Object.defineProperty(window, 'localStorage', original);
    }
  });

  it('keeps everything in memory when asked, and without a window', () => {
    for (const store of [createPersistence('pk_a', 'memory', window), createPersistence('pk_a', 'auto', undefined)]) {
      expect(store.kind).toBe('memory');
      store.saveVisitor({ visitorId: 'v1', visitorToken: 't1' });
      expect(store.loadVisitor().visitorId).toBe('v1');
    }
    expect(localStorage.length).toBe(0);
    expect(document.cookie).toBe('');
  });

  it('ignores stored values it did not write', () => {
    localStorage.setItem('cathy:pk_a', '{not json');
    sessionStorage.setItem('cathy:pk_a:queue', JSON.stringify([{ clientId: 1 }, 'x']));
    const store = createPersistence('pk_a', 'auto', window);
    expect(store.loadVisitor()).toEqual({});
    expect(store.loadQueue()).toEqual([]);
    localStorage.setItem('cathy:pk_a', JSON.stringify({ visitorId: 'v1' }));
    expect(store.loadVisitor()).toEqual({});
  });
});
