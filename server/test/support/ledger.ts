import type { RunningServer } from '../../start-server.js';

/**
 * Fails unless the server's "no lost lead" ledger is clean: every conversation with contact details has its
 * lead, and no delivery is dead-lettered or past its deadline. `TestServer.destroy` runs it, so every
 * integration test ends with it; a test that leaves a dead letter on purpose says so with `deadLetters`.
 */
export async function expectLedgerClean(server: RunningServer, options: { deadLetters?: boolean } = {}): Promise<void> {
  const { orphans, overdue } = await server.ledger.check();
  const unexpected = options.deadLetters ? overdue.filter((job) => job.status !== 'failed') : overdue;
  if (orphans.length > 0 || unexpected.length > 0) {
    throw new Error(`lead ledger not clean: ${JSON.stringify({ orphans, overdue: unexpected })}`);
  }
}
