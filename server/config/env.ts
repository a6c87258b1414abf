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
  SMTP_URL: optionalString.refine(
    (value) => value === undefined || /^smtps?:\/\//.test(value),
    'must start with smtp:// or smtps://',
  ),
  PUBLIC_URL: optionalString.refine((value) => value === undefined || URL.canParse(value), 'must be a URL'),
  CATHY_SECRET: optionalString.refine(
    (value) => value === undefined || value.length >= 32,
    'must be at least 32 characters',
  ),
  TRUST_PROXY: optionalString,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  RATE_LIMIT_MESSAGES_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(20),
  RATE_LIMIT_IP_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(600),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  mongoUri?: string;
  openai: { apiKey?: string; baseURL?: string; model: string };
  smtpUrl?: string;
  publicUrl: string;
  /** Signs visitor tokens; generated and kept in the store when unset. */
  secret?: string;
  trustProxy?: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  rateLimits: { messagesPerMinute: number; ipPerMinute: number };
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
    openai: { apiKey: e.OPENAI_API_KEY, baseURL: e.OPENAI_BASE_URL, model: e.OPENAI_MODEL ?? DEFAULT_OPENAI_MODEL },
    smtpUrl: e.SMTP_URL,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    secret: e.CATHY_SECRET,
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    rateLimits: { messagesPerMinute: e.RATE_LIMIT_MESSAGES_PER_MINUTE, ipPerMinute: e.RATE_LIMIT_IP_PER_MINUTE },
  };
}
