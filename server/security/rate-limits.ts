import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '../errors/app-error.js';

export interface RateLimits {
  /** Visitor messages, per visitor. */
  message(visitorId: string): Promise<void>;
  /** Any visitor-facing request or socket event, per client IP. */
  ip(ip: string): Promise<void>;
}

async function consume(limiter: RateLimiterMemory, key: string, what: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    const retryAfter = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    throw new AppError('RATE_LIMITED', `Too many ${what}. Try again in ${retryAfter} s.`, undefined, retryAfter);
  }
}

export function createRateLimits(options: { messagesPerMinute: number; ipPerMinute: number }): RateLimits {
  const messages = new RateLimiterMemory({ points: options.messagesPerMinute, duration: 60 });
  const ips = new RateLimiterMemory({ points: options.ipPerMinute, duration: 60 });
  return {
    message: (visitorId) => consume(messages, visitorId, 'messages'),
    ip: (ip) => consume(ips, ip, 'requests from this address'),
  };
}
