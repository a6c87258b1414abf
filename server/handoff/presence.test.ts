import { describe, expect, it } from 'vitest';
import { createPresenceRegistry } from './presence.js';

const ana = { staffId: 'ana', name: 'Ana' };
const ben = { staffId: 'ben', name: 'Ben' };

describe('team presence', () => {
  it('counts a person online while one of their consoles is connected', () => {
    const presence = createPresenceRegistry();
    presence.connect('s1', ana, ['site-a']);
    presence.connect('s2', ana, ['site-a']);
    presence.disconnect('s1');
    expect(presence.available('site-a')).toBe(true);
    presence.disconnect('s2');
    expect(presence.available('site-a')).toBe(false);
    expect(presence.list('site-a')).toEqual([]);
  });

  it('lists away people without counting them as available, on every site of theirs', () => {
    const presence = createPresenceRegistry();
    presence.connect('s1', ana, ['site-a', 'site-b']);
    presence.connect('s2', ben, ['site-b']);
    presence.set('ana', 'away');
    expect(presence.available('site-a')).toBe(false);
    expect(presence.available('site-b')).toBe(true);
    expect(presence.list('site-b').map((entry) => [entry.name, entry.status])).toEqual([
      ['Ana', 'away'],
      ['Ben', 'online'],
    ]);
  });

  it('tells which sites changed, once each', () => {
    const presence = createPresenceRegistry();
    const changes: string[] = [];
    presence.onChange((siteId) => changes.push(siteId));
    presence.connect('s1', ana, ['site-a', 'site-b']);
    presence.connect('s2', ana, ['site-a']);
    presence.set('ana', 'away');
    presence.set('ana', 'away');
    presence.disconnect('s2');
    presence.disconnect('s1');
    expect(changes).toEqual(['site-a', 'site-b', 'site-a', 'site-b', 'site-a', 'site-b']);
  });
});
