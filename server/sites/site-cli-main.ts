import { ConfigError, loadConfig } from '../config/env.js';
import { runStaffCli } from '../staff/staff-cli.js';
import { openStore } from '../store/open-store.js';
import { runSiteCli } from './site-cli.js';

try {
  const config = loadConfig();
  const open = () => openStore({ mongoUri: config.mongoUri, dataDir: config.dataDir });
  const io = {
    out: (text: string) => process.stdout.write(text),
    err: (text: string) => process.stderr.write(text),
  };
  const [first, ...rest] = process.argv.slice(2);
  const code =
    first === 'staff'
      ? await runStaffCli(rest, open, io, { publicUrl: config.publicUrl })
      : await runSiteCli(process.argv.slice(2), open, io, { allowPrivateWebhook: config.webhookAllowPrivate });
  process.exit(code);
} catch (error) {
  process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
  process.exit(error instanceof ConfigError ? 2 : 1);
}
