/**
 * A site's public key as `npm run site` prints it. The one rule for createClient, createCathy and the script
 * tag's `data-site`: a secret key (`sk_…`) in a page would give away the dealer's leads.
 */
const SITE_KEY = /^pk_[A-Za-z0-9_-]{1,64}$/;

export function isSiteKey(value: unknown): value is string {
  return typeof value === 'string' && SITE_KEY.test(value);
}
