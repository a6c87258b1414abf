import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './env.js';

describe('loadConfig', () => {
  it('works with nothing set: embedded store, offline Cathy, file mail, localhost URL', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 8787, mongoUri: undefined, smtpUrl: undefined, publicUrl: 'http://localhost:8787' });
    expect(config.openai.apiKey).toBeUndefined();
    expect(config.dataDir).toMatch(/data$/);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ MONGODB_URI: '', OPENAI_API_KEY: '' })).toMatchObject({ mongoUri: undefined, openai: { apiKey: undefined } });
  });

  it('reads the delivery settings, with defaults that retry for three days', () => {
    expect(loadConfig({}).delivery).toEqual({ maxAgeMs: 72 * 3_600_000, retryBaseMs: 2_000, retryMaxMs: 600_000 });
    const config = loadConfig({ DELIVERY_MAX_AGE_HOURS: '0.5', DELIVERY_RETRY_BASE_MS: '50', DELIVERY_RETRY_MAX_MS: '20', MAIL_FROM: 'Leads <leads@dealer.example>' });
    expect(config.delivery).toEqual({ maxAgeMs: 1_800_000, retryBaseMs: 50, retryMaxMs: 50 });
    expect(config.mailFrom).toBe('Leads <leads@dealer.example>');
    expect(() => loadConfig({ MAIL_FROM: 'not an address' })).toThrow(/MAIL_FROM/);
    expect(() => loadConfig({ DELIVERY_MAX_AGE_HOURS: '0' })).toThrow(/DELIVERY_MAX_AGE_HOURS/);
    expect(() => loadConfig({ SMTP_URL: 'smtp://' })).toThrow(/SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL with a host/);
    expect(loadConfig({ SMTP_URL: 'smtps://user:p%40ss@mail.example.com:465' }).smtpUrl).toBe('smtps://user:p%40ss@mail.example.com:465');
  });

  it('reads the connection, webhook and visitor-token limits, with defaults and clear errors', () => {
    expect(loadConfig({})).toMatchObject({ maxSocketsPerIp: 100, httpRequestTimeoutMs: 30_000, webhookAllowPrivate: false, visitorTokenTtlMs: 30 * 86_400_000 });
    const set = loadConfig({ MAX_SOCKETS_PER_IP: '5', HTTP_REQUEST_TIMEOUT_MS: '5000', WEBHOOK_ALLOW_PRIVATE: '1', VISITOR_TOKEN_TTL_DAYS: '7' });
    expect(set).toMatchObject({ maxSocketsPerIp: 5, httpRequestTimeoutMs: 5000, webhookAllowPrivate: true, visitorTokenTtlMs: 7 * 86_400_000 });
    expect(loadConfig({ WEBHOOK_ALLOW_PRIVATE: 'false' }).webhookAllowPrivate).toBe(false);
    expect(() => loadConfig({ MAX_SOCKETS_PER_IP: '0' })).toThrow(/MAX_SOCKETS_PER_IP/);
    expect(() => loadConfig({ HTTP_REQUEST_TIMEOUT_MS: '10' })).toThrow(/HTTP_REQUEST_TIMEOUT_MS: must be at least 1000/);
    expect(() => loadConfig({ WEBHOOK_ALLOW_PRIVATE: 'yes' })).toThrow(/WEBHOOK_ALLOW_PRIVATE: must be 1 or 0/);
    expect(() => loadConfig({ VISITOR_TOKEN_TTL_DAYS: '-1' })).toThrow(/VISITOR_TOKEN_TTL_DAYS/);
  });

  it('lists every bad variable in one clear error', () => {
    expect(() => loadConfig({ PORT: 'eighty', MONGODB_URI: 'postgres://x', SMTP_URL: 'mail.example', CATHY_SECRET: 'short' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', MONGODB_URI: 'postgres://x', SMTP_URL: 'mail.example' });
    } catch (error) {
      expect((error as Error).message).toMatch(/PORT/);
      expect((error as Error).message).toMatch(/MONGODB_URI: must start with mongodb/);
      expect((error as Error).message).toMatch(/SMTP_URL/);
    }
  });

  it('bounds the language model: defaults, and clear errors for bad limits', () => {
    expect(loadConfig({}).openai).toEqual({
      apiKey: undefined,
      baseURL: undefined,
      model: 'gpt-4o-mini',
      maxTokens: 300,
      timeoutMs: 10_000,
      maxRetries: 1,
      dailyTokensPerSite: 1_000_000,
    });
    expect(loadConfig({ OPENAI_MAX_TOKENS: '500', OPENAI_DAILY_TOKENS_PER_SITE: '50000' }).openai).toMatchObject({ maxTokens: 500, dailyTokensPerSite: 50_000 });
    expect(() => loadConfig({ OPENAI_TIMEOUT_MS: '10', OPENAI_MAX_RETRIES: '9', OPENAI_DAILY_TOKENS_PER_SITE: 'lots' })).toThrow(
      /OPENAI_TIMEOUT_MS: must be at least 1000 \(ms\)[\s\S]*OPENAI_MAX_RETRIES: must be 0 to 3[\s\S]*OPENAI_DAILY_TOKENS_PER_SITE/,
    );
  });
});
