import { pino, type Logger } from 'pino';
import { maskText } from './mask.js';

export type { Logger };

const SECRET_KEYS = ['visitorToken', 'token', 'secretKey', 'secret', 'identitySecret', 'authorization', 'password', 'cookie', 'csrfToken', 'passwordHash', 'link'];
const PII_KEYS = new Set(['phone', 'email', 'text', 'name', 'to', 'e164']);

function maskValue(key: string, value: unknown): unknown {
  if (typeof value === 'string') return PII_KEYS.has(key) ? maskText(value) || '***' : maskText(value);
  if (Array.isArray(value)) return value.map((item) => maskValue(key, item));
  if (value && typeof value === 'object' && !(value instanceof Date) && !(value instanceof Error)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskValue(k, v)]));
  }
  return value;
}

/** Structured JSON logs; phones, emails and tokens never reach the output unmasked. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'cathy-server' },
      redact: { paths: SECRET_KEYS.flatMap((key) => [key, `*.${key}`]), censor: '***' },
      formatters: {
        log: (object) => maskValue('', object) as Record<string, unknown>,
      },
      hooks: {
        logMethod(args, method) {
          const masked = args.map((arg) => (typeof arg === 'string' ? maskText(arg) : arg));
          method.apply(this, masked as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}
