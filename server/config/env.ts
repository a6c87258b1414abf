import path from 'node:path';
import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);
const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const envSchema = z.object({
  PORT: port.default(8787),
  HOST: z.string().trim().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().trim().min(1).default('./data'),
  MONGODB_URI: optionalString.refine(
    (value) => value === undefined || /^mongodb(\+srv)?:\/\//.test(value),
    'must start with mongodb:// or mongodb+srv://',
  ),
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalString.refine((value) => value === undefined || URL.canParse(value), 'must be a URL'),
  OPENAI_MODEL: optionalString,
  OPENAI_MAX_TOKENS: z.coerce.number().int().min(16, 'must be at least 16').max(4096, 'must be at most 4096').default(300),
  OPENAI_TIMEOUT_MS: z.coerce.number().int().min(1000, 'must be at least 1000 (ms)').max(120_000, 'must be at most 120000 (ms)').default(10_000),
  OPENAI_MAX_RETRIES: z.coerce.number().int().min(0).max(3, 'must be 0 to 3').default(1),
  OPENAI_DAILY_TOKENS_PER_SITE: z.coerce.number().int().min(1000, 'must be at least 1000 tokens').default(1_000_000),
  SMTP_URL: optionalString.refine(
    (value) => value === undefined || (/^smtps?:\/\//.test(value) && URL.canParse(value) && new URL(value).hostname !== ''),
    'must be an smtp:// or smtps:// URL with a host, e.g. smtp://user:pass@mail.example.com:587',
  ),
  PUBLIC_URL: optionalString.refine((value) => value === undefined || URL.canParse(value), 'must be a URL'),
  MAIL_FROM: optionalString.refine(
    (value) => value === undefined || /^[^<>@\s]+@[^<>@\s]+$|<[^<>@\s]+@[^<>@\s]+>$/.test(value),
    'must be an address, e.g. leads@dealer.example or "Cathy Chat <leads@dealer.example>"',
  ),
  DELIVERY_MAX_AGE_HOURS: z.coerce.number().positive().max(24 * 30).default(72),
  DELIVERY_RETRY_BASE_MS: z.coerce.number().int().min(10).max(3_600_000).default(2_000),
  DELIVERY_RETRY_MAX_MS: z.coerce.number().int().min(10).max(86_400_000).default(600_000),
  LEAD_UPDATE_DEBOUNCE_MS: z.coerce.number().int().min(10).max(86_400_000).default(120_000),
  LEAD_UPDATE_MIN_GAP_MS: z.coerce.number().int().min(0).max(86_400_000).default(600_000),
  LEAD_UPDATES_PER_DAY: z.coerce.number().int().min(1).max(1000).default(6),
  CATHY_SECRET: optionalString.refine(
    (value) => value === undefined || value.length >= 32,
    'must be at least 32 characters',
  ),
  TRUST_PROXY: optionalString,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  RATE_LIMIT_MESSAGES_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(20),
  RATE_LIMIT_IP_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(600),
  RATE_LIMIT_SIGN_INS_PER_10_MINUTES: z.coerce.number().int().min(1).max(100_000).default(30),
  MAX_SOCKETS_PER_IP: z.coerce.number().int().min(1).max(100_000).default(100),
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000, 'must be at least 1000 (ms)').max(300_000, 'must be at most 300000 (ms)').default(30_000),
  WEBHOOK_ALLOW_PRIVATE: z.enum(['0', '1', 'true', 'false'], 'must be 1 or 0').default('0'),
  VISITOR_TOKEN_TTL_DAYS: z.coerce.number().positive().max(3650).default(30),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  mongoUri?: string;
  openai: OpenAIConfig;
  smtpUrl?: string;
  /** The From of lead emails; unset means `Cathy Chat <cathy@PUBLIC_URL host>`. */
  mailFrom?: string;
  /** Retries back off from `retryBaseMs` up to `retryMaxMs`; a job still failing after `maxAgeMs` is dead-lettered. */
  delivery: { maxAgeMs: number; retryBaseMs: number; retryMaxMs: number };
  /** Facts learned after the handoff go out as one update `debounceMs` after the last change, `minGapMs` apart, `perDay` at most. */
  leadUpdates: { debounceMs: number; minGapMs: number; perDay: number };
  publicUrl: string;
  /** Signs visitor tokens; generated and kept in the store when unset. */
  secret?: string;
  trustProxy?: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  /** `signInsPer10Minutes`: staff sign-in attempts per client IP (see docs/workspace.md, "Lockout"). */
  rateLimits: { messagesPerMinute: number; ipPerMinute: number; signInsPer10Minutes: number };
  /** Open visitor sockets one address may hold; generous, since many shoppers share one carrier NAT. */
  maxSocketsPerIp: number;
  /** Longest a client may take to send a whole request (headers and body); slower is cut off with 408. */
  httpRequestTimeoutMs: number;
  /** Webhook URLs may reach private, loopback and link-local addresses (an operator's own network). */
  webhookAllowPrivate: boolean;
  /** A visitor token expires this long after it was issued; every session start issues a fresh one. */
  visitorTokenTtlMs: number;
}

export interface OpenAIConfig {
  /** Unset: offline Cathy. */
  apiKey?: string;
  /** Any OpenAI-compatible server; unset means OpenAI itself. */
  baseURL?: string;
  model: string;
  /** Ceiling on one reply's length. */
  maxTokens: number;
  /** Longest wait for the model's first or next chunk before the offline reply takes over. */
  timeoutMs: number;
  maxRetries: number;
  /** Prompt plus completion tokens one site may spend per day (site time); then offline Cathy answers. */
  dailyTokensPerSite: number;
}

export const DEFAULT_OPENAI_MODEL = 'gpt-4o-mini';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment once at boot; a bad value stops the server with every problem listed. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`[Cathy] Failed to start: invalid environment.\n${lines.join('\n')}\nFix these variables (see README "Configuration").`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    mongoUri: e.MONGODB_URI,
    openai: {
      apiKey: e.OPENAI_API_KEY,
      baseURL: e.OPENAI_BASE_URL,
      model: e.OPENAI_MODEL ?? DEFAULT_OPENAI_MODEL,
      maxTokens: e.OPENAI_MAX_TOKENS,
      timeoutMs: e.OPENAI_TIMEOUT_MS,
      maxRetries: e.OPENAI_MAX_RETRIES,
      dailyTokensPerSite: e.OPENAI_DAILY_TOKENS_PER_SITE,
    },
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    delivery: {
      maxAgeMs: e.DELIVERY_MAX_AGE_HOURS * 3_600_000,
      retryBaseMs: e.DELIVERY_RETRY_BASE_MS,
      retryMaxMs: Math.max(e.DELIVERY_RETRY_MAX_MS, e.DELIVERY_RETRY_BASE_MS),
    },
    leadUpdates: { debounceMs: e.LEAD_UPDATE_DEBOUNCE_MS, minGapMs: e.LEAD_UPDATE_MIN_GAP_MS, perDay: e.LEAD_UPDATES_PER_DAY },
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    secret: e.CATHY_SECRET,
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    rateLimits: {
      messagesPerMinute: e.RATE_LIMIT_MESSAGES_PER_MINUTE,
      ipPerMinute: e.RATE_LIMIT_IP_PER_MINUTE,
      signInsPer10Minutes: e.RATE_LIMIT_SIGN_INS_PER_10_MINUTES,
    },
    maxSocketsPerIp: e.MAX_SOCKETS_PER_IP,
    httpRequestTimeoutMs: e.HTTP_REQUEST_TIMEOUT_MS,
    webhookAllowPrivate: e.WEBHOOK_ALLOW_PRIVATE === '1' || e.WEBHOOK_ALLOW_PRIVATE === 'true',
    visitorTokenTtlMs: Math.round(e.VISITOR_TOKEN_TTL_DAYS * 86_400_000),
  };
}
