// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://dealer.example/"}
import { describe, expect, it } from 'vitest';
import { watchNavigation } from './navigation-watcher.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('watchNavigation', () => {
  it('reports pushState and replaceState with the URL of the moment, and restores history on stop', async () => {
    const original = { push: history.pushState, replace: history.replaceState };
    const urls: string[] = [];
    const stop = watchNavigation(window, (url) => urls.push(url));
    history.pushState({}, '', '/finance');
    history.replaceState({}, '', '/finance?step=2');
    await tick();
    expect(urls).toEqual(['https://dealer.example/finance', 'https://dealer.example/finance?step=2']);
    stop();
    expect(history.pushState).toBe(original.push);
    expect(history.replaceState).toBe(original.replace);
    history.pushState({}, '', '/after');
    await tick();
    expect(urls).toHaveLength(2);
  });

  it('stays a pass-through when another script patched history after it', async () => {
    const urls: string[] = [];
    const stop = watchNavigation(window, (url) => urls.push(url));
    const ours = history.pushState;
    let theirs = 0;
    history.pushState = function (...args: Parameters<History['pushState']>) {
      theirs += 1;
      return ours.apply(this, args);
    };
    stop();
    history.pushState({}, '', '/later');
    await tick();
    expect(theirs).toBe(1);
    expect(urls).toEqual([]);
    expect(location.pathname).toBe('/later');
  });

  it('patches history once for several watchers and restores it whichever stops first', async () => {
    const original = history.pushState;
    const urls: string[] = [];
    const first = watchNavigation(window, (url) => urls.push(`first ${url}`));
    const patched = history.pushState;
    const second = watchNavigation(window, (url) => urls.push(`second ${url}`));
    expect(history.pushState).toBe(patched);
    history.pushState({}, '', '/both');
    await tick();
    expect(urls).toEqual(['first https://dealer.example/both', 'second https://dealer.example/both']);
    first();
    history.pushState({}, '', '/second');
    await tick();
    expect(urls.at(-1)).toBe('second https://dealer.example/second');
    second();
    expect(history.pushState).toBe(original);
  });
});
