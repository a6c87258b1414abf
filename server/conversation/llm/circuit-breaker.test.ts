import { describe, expect, it } from 'vitest';
import { createCircuitBreaker, type CircuitState } from './circuit-breaker.js';

function setup() {
  let time = 0;
  const changes: CircuitState[] = [];
  const breaker = createCircuitBreaker({ failures: 3, cooldownMs: 1000, now: () => time, onChange: (state) => changes.push(state) });
  return { breaker, changes, advance: (ms: number) => (time += ms) };
}

describe('createCircuitBreaker', () => {
  it('opens after the set number of failures in a row, and a success resets the count', () => {
    const { breaker, changes } = setup();
    breaker.failure();
    breaker.failure();
    breaker.success();
    breaker.failure();
    breaker.failure();
    expect(breaker.allows()).toBe(true);
    breaker.failure();
    expect(breaker.state).toBe('open');
    expect(breaker.allows()).toBe(false);
    expect(changes).toEqual(['open']);
  });

  it('lets one trial call through after the cool-down and closes when it succeeds', () => {
    const { breaker, changes, advance } = setup();
    for (let i = 0; i < 3; i++) breaker.failure();
    advance(999);
    expect(breaker.allows()).toBe(false);
    advance(1);
    expect(breaker.allows()).toBe(true);
    expect(breaker.state).toBe('half-open');
    expect(breaker.allows()).toBe(false);
    breaker.success();
    expect(breaker.allows()).toBe(true);
    expect(changes).toEqual(['open', 'half-open', 'closed']);
  });

  it('opens again for a full cool-down when the trial call fails', () => {
    const { breaker, advance } = setup();
    for (let i = 0; i < 3; i++) breaker.failure();
    advance(1000);
    expect(breaker.allows()).toBe(true);
    breaker.failure();
    expect(breaker.state).toBe('open');
    advance(999);
    expect(breaker.allows()).toBe(false);
    advance(1);
    expect(breaker.allows()).toBe(true);
  });

  it('lets another trial through when the first one never reports back within a cool-down', () => {
    const { breaker, advance } = setup();
    for (let i = 0; i < 3; i++) breaker.failure();
    advance(1000);
    expect(breaker.allows()).toBe(true);
    advance(999);
    expect(breaker.allows()).toBe(false);
    advance(1);
    expect(breaker.allows()).toBe(true);
    expect(breaker.allows()).toBe(false);
    breaker.success();
    expect(breaker.state).toBe('closed');
  });
});
