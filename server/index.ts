import { ConfigError, loadConfig } from './config/env.js';
import { createLogger } from './logging/logger.js';
import { startServer } from './start-server.js';

const SHUTDOWN_LIMIT_MS = 15_000;

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const server = await startServer(config, logger);
  if (server.demoSecretKey) {
    process.stdout.write(
      `\nDemo site created. Public key: pk_demo\nSecret key (shown once): ${server.demoSecretKey}\n` +
        `Demo dealer page: ${config.publicUrl}/demo/\n\n`,
    );
  }
  if (server.demoStaff) {
    process.stdout.write(
      `Sales workspace: ${config.publicUrl}/console/\nDemo owner: ${server.demoStaff.email}\nPassword (shown once): ${server.demoStaff.password}\n` +
        'Invite your people with: npm run site -- staff add pk_demo --email … --role salesperson\n\n',
    );
  }
  logger.info(
    { url: config.publicUrl, demo: `${config.publicUrl}/demo/`, store: server.store.kind, llm: server.app.llmMode, mail: config.smtpUrl ? 'smtp' : 'file' },
    'Cathy Chat server listening',
  );
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_LIMIT_MS);
    timer.unref();
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  // Our own startup errors already say what to fix; a stack trace would only hide that.
  const known = error instanceof Error && error.message.startsWith('[Cathy]');
  process.stderr.write(`${known ? (error as Error).message : String((error as Error)?.stack ?? error)}\n`);
  process.exit(error instanceof ConfigError ? 2 : 1);
});
