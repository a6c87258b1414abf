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
});
