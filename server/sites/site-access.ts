import { AppError } from '../errors/app-error.js';
import type { SiteRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import { hashSecret } from './keys.js';
import { originAllowed } from './origins.js';

/** The site behind a public key, if the calling page's origin is one the site allows. */
export async function siteForVisitor(store: Store, siteKey: string, origin: string | null): Promise<SiteRecord> {
  const site = await store.sites.byPublicKey(siteKey);
  if (!site) throw new AppError('UNKNOWN_SITE', `Unknown site key "${siteKey.slice(0, 40)}". Check data-site / siteKey.`);
  assertOrigin(site, origin);
  return site;
}

export function assertOrigin(site: SiteRecord, origin: string | null): void {
  if (!origin) throw new AppError('ORIGIN_NOT_ALLOWED', 'Missing Origin header: the widget must run on a web page.');
  if (!originAllowed(origin, site.allowedOrigins)) {
    throw new AppError('ORIGIN_NOT_ALLOWED', `Origin ${origin.slice(0, 100)} is not allowed for this site. Add it with "npm run site -- update".`);
  }
}

/** The site a server-to-server caller's secret key belongs to. */
export async function siteForSecret(store: Store, authorization: string | undefined): Promise<SiteRecord> {
  const match = /^Bearer (sk_[A-Za-z0-9_-]+)$/.exec(authorization ?? '');
  if (!match?.[1]) throw new AppError('UNAUTHORIZED', 'Send the site secret key as "Authorization: Bearer sk_…".');
  const site = await store.sites.bySecretHash(hashSecret(match[1]));
  if (!site) throw new AppError('UNAUTHORIZED', 'Unknown or rotated secret key.');
  return site;
}
