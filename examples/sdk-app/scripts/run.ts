// `npm run example:sdk-app`: builds what is missing, starts everything, prints where to look.
import { ExampleEnvError, readExampleEnv } from './example-env.js';
import { startExample } from './start-example.js';

try {
  const example = await startExample(readExampleEnv(process.env));
  process.stdout.write(
    `\nCathy SDK example\n` +
      `  createCathy page:  ${example.appUrl}\n` +
      `  headless page:     ${example.headlessUrl}\n` +
      `  Cathy server:      ${example.cathyUrl}\n` +
      (example.dataDir ? `  lead emails:       ${example.dataDir}/outbox-mail/\n` : '') +
      `Ctrl+C stops it.\n\n`,
  );
  const stop = () => void example.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  // Our own errors already say what to fix; a stack trace would only hide that.
  const message = error instanceof Error && error.message.startsWith('[sdk-app]') ? error.message : String((error as Error)?.stack ?? error);
  process.stderr.write(`${message}\n`);
  process.exit(error instanceof ExampleEnvError ? 2 : 1);
}
