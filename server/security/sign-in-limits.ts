import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '../errors/app-error.js';

export interface SignInLimitSettings {
  /** Sign-in attempts one address may make per `ipWindowSeconds`, right or wrong. */
  ipAttempts: number;
  ipWindowSeconds: number;
  /** Wrong passwords for one account within `lockWindowSeconds` before it locks for `lockSeconds`. */
  failures: number;
  lockWindowSeconds: number;
  lockSeconds: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimitSettings = {
  ipAttempts: 30,
  ipWindowSeconds: 10 * 60,
  failures: 5,
  lockWindowSeconds: 15 * 60,
  lockSeconds: 15 * 60,
};

export interface SignInLimits {
  /** RATE_LIMITED when the address tried too often; counts this attempt. */
  attempt(ip: string): Promise<void>;
  /** ACCOUNT_LOCKED with `retryAfter` while the account is locked. */
  checkAccount(key: string): Promise<void>;
  /** Counts a wrong password; the one that reaches the limit locks the account. */
  failed(key: string): Promise<void>;
  /** A right password clears the count. */
  succeeded(key: string): Promise<void>;
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/**
 * Per-process counters (rate-limiter-flexible, in memory): a restart forgets them, and several processes each
 * count their own, which only makes the limits per process. Accounts are keyed by the email typed, known or
 * not, so a locked reply never tells whether the address has an account.
 */
export function createSignInLimits(settings: SignInLimitSettings = DEFAULT_SIGN_IN_LIMITS): SignInLimits {
  const ips = new RateLimiterMemory({ points: settings.ipAttempts, duration: settings.ipWindowSeconds });
  const failures = new RateLimiterMemory({ points: settings.failures, duration: settings.lockWindowSeconds });
  return {
    async attempt(ip) {
      try {
        await ips.consume(ip);
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error;
        const retryAfter = seconds(error.msBeforeNext);
        throw new AppError('RATE_LIMITED', `Too many sign-in attempts from this address. Try again in ${retryAfter} s.`, undefined, retryAfter);
      }
    },
    async checkAccount(key) {
      const state = await failures.get(key);
      if (!state || state.consumedPoints < settings.failures || state.msBeforeNext <= 0) return;
      const retryAfter = seconds(state.msBeforeNext);
      throw new AppError('ACCOUNT_LOCKED', `Too many wrong passwords. Sign-in is locked for ${retryAfter} s, or reset the password.`, undefined, retryAfter);
    },
    async failed(key) {
      const state = await failures.penalty(key, 1);
      if (state.consumedPoints >= settings.failures) await failures.block(key, settings.lockSeconds);
    },
    async succeeded(key) {
      await failures.delete(key);
    },
  };
}
