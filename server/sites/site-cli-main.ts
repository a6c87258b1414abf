import { ConfigError, loadConfig } from '../config/env.js';
import { openStore } from '../store/open-store.js';
import { runSiteCli } from './site-cli.js';

try {
  const config = loadConfig();
  const code = await runSiteCli(process.argv.slice(2), () => openStore({ mongoUri: config.mongoUri, dataDir: config.dataDir }), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  }, { allowPrivateWebhook: config.webhookAllowPrivate });
  process.exit(code);
} catch (error) {
  process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
  process.exit(error instanceof ConfigError ? 2 : 1);
}
