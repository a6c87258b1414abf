import { describe, expect, it } from 'vitest';
import { parseRoute, safeNext, signInPath } from './routes.js';

describe('console routes', () => {
  it.each([
    ['/console/', { name: 'inbox' }],
    ['/console', { name: 'inbox' }],
    ['/console/conversations/c%2F1', { name: 'conversation', id: 'c/1' }],
    ['/console/leads/', { name: 'leads' }],
    ['/console/team', { name: 'team' }],
    ['/console/profile', { name: 'profile' }],
    ['/console/invitation', { name: 'invitation' }],
    ['/console/reset', { name: 'reset' }],
    ['/console/nowhere', { name: 'not-found' }],
  ])('reads %s', (path, route) => {
    expect(parseRoute(path)).toEqual(route);
  });

  it('reads where to go after sign-in from ?next=', () => {
    expect(parseRoute('/console/sign-in', '?next=%2Fconsole%2Fconversations%2Fc1')).toEqual({ name: 'sign-in', next: '/console/conversations/c1' });
  });

  it.each(['https://evil.example/', '//evil.example/console/', '/demo/', '/console\\@evil', '/console/sign-in?next=x', '', null])(
    'never follows %s after sign-in, going to the inbox instead',
    (next) => {
      expect(safeNext(next)).toBe('/console/');
    },
  );

  it('puts the current page in the sign-in link, but not the inbox', () => {
    expect(signInPath('/console/leads')).toBe('/console/sign-in?next=%2Fconsole%2Fleads');
    expect(signInPath('/console/')).toBe('/console/sign-in');
  });
});
