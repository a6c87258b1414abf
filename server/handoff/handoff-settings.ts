import type { SiteHandoffSettings, SiteRecord } from '../store/records.js';

/** How long a shopper may wait for a person, in seconds: long enough to walk to a desk, short enough to still be there. */
export const HANDOFF_TIMEOUT_SECONDS = { default: 60, min: 5, max: 900 } as const;

/** Most phrases a site may list in `handoff.rules`, and their length in characters. */
export const HANDOFF_RULE_LIMITS = { count: 50, minChars: 2, maxChars: 80 } as const;

/**
 * The site's live-takeover settings with the defaults filled in: a site that never set them waits 60 seconds and
 * escalates on no phrase of its own.
 *
 * @example handoffSettings(site).timeoutSeconds // 60
 */
export function handoffSettings(site: Pick<SiteRecord, 'handoff'>): SiteHandoffSettings {
  return { timeoutSeconds: site.handoff?.timeoutSeconds ?? HANDOFF_TIMEOUT_SECONDS.default, rules: site.handoff?.rules ?? [] };
}
