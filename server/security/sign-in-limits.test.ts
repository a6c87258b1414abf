import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../errors/app-error.js';
import { createSignInLimits } from './sign-in-limits.js';

const settings = { ipAttempts: 3, ipWindowSeconds: 60, failures: 2, lockWindowSeconds: 60, lockSeconds: 120 };

const refusal = (promise: Promise<void>) =>
  promise.then(
    () => null,
    (error: AppError) => ({ code: error.code, retryAfter: error.retryAfter }),
  );

describe('sign-in limits', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('locks an account at the failure limit for the lock time, then lets it in again', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const limits = createSignInLimits(settings);
    await limits.failed('ana@a.example');
    expect(await refusal(limits.checkAccount('ana@a.example'))).toBeNull();
    await limits.failed('ana@a.example');

    expect(await refusal(limits.checkAccount('ana@a.example'))).toEqual({ code: 'ACCOUNT_LOCKED', retryAfter: 120 });
    expect(await refusal(limits.checkAccount('bo@a.example'))).toBeNull();
    vi.advanceTimersByTime(119_000);
    expect(await refusal(limits.checkAccount('ana@a.example'))).toEqual({ code: 'ACCOUNT_LOCKED', retryAfter: 1 });
    vi.advanceTimersByTime(1_000);
    expect(await refusal(limits.checkAccount('ana@a.example'))).toBeNull();
  });

  it('forgets the failures after a right password', async () => {
    const limits = createSignInLimits(settings);
    await limits.failed('ana@a.example');
    await limits.succeeded('ana@a.example');
    await limits.failed('ana@a.example');
    expect(await refusal(limits.checkAccount('ana@a.example'))).toBeNull();
  });

  it('limits attempts per address', async () => {
    const limits = createSignInLimits(settings);
    for (let i = 0; i < 3; i++) await limits.attempt('203.0.113.9');
    expect(await refusal(limits.attempt('203.0.113.9'))).toMatchObject({ code: 'RATE_LIMITED' });
    expect(await refusal(limits.attempt('203.0.113.10'))).toBeNull();
  });
});
