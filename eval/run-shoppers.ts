import { DEMO_PUBLIC_KEY } from '../server/sites/demo-site.js';
import { startTestServer } from '../server/test/support/test-server.js';
import { judgeShopper, type ShopperResult } from './judge/judge-shopper.js';
import { playShopper, type Played } from './play/play-shopper.js';
import { openShopper } from './play/visitor.js';
import { loadFallbackReplies, type LoadedShopper } from './shoppers/load-shoppers.js';

export interface ShopperRun {
  played: Played;
  result: ShopperResult;
}

/**
 * Plays the shoppers one after another through a real server (127.0.0.1, free port, fresh temp store,
 * offline Cathy, the demo dealer site with whatever knowledge it ships) and judges each.
 */
export async function runShoppers(shoppers: readonly LoadedShopper[]): Promise<ShopperRun[]> {
  // Many messages from one address in a minute is the suite, not abuse.
  const server = await startTestServer({ RATE_LIMIT_MESSAGES_PER_MINUTE: '10000', RATE_LIMIT_IP_PER_MINUTE: '100000' });
  try {
    if (!server.demoSecretKey) throw new Error('[Cathy eval] Failed to start: the demo site was not created on a fresh store.');
    const target = { url: server.url, siteKey: DEMO_PUBLIC_KEY, secretKey: server.demoSecretKey };
    // One unmeasured message first, so the first shopper's latency is not the server's warm-up.
    const warmUp = await openShopper(target.url, target.siteKey, 'en');
    await warmUp.send('hi');
    warmUp.close();
    const fallback = await loadFallbackReplies();
    const runs: ShopperRun[] = [];
    for (const shopper of shoppers) {
      const played = await playShopper(target, shopper, fallback);
      runs.push({ played, result: judgeShopper(played) });
    }
    return runs;
  } finally {
    await server.destroy();
  }
}
