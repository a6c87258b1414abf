import { v7 as uuidv7 } from 'uuid';
import type { Store } from '../store/store.js';
import type { SiteRecord } from '../store/records.js';
import { AppError, parseOrThrow } from '../errors/app-error.js';
import { handoffSettings } from '../handoff/handoff-settings.js';
import { privateWebhookProblem } from '../security/webhook-address.js';
import type { DealerKnowledge } from './knowledge/knowledge-schema.js';
import { hashSecret, newIdentitySecret, newPublicKey, newSecretKey } from './keys.js';
import { siteSettingsSchema, withDefaults, type SiteSettings } from './site-input.js';

export interface CreatedSite {
  site: SiteRecord;
  /** Shown once; only its hash is stored. */
  secretKey: string;
}

export interface SitePolicy {
  /** WEBHOOK_ALLOW_PRIVATE: a webhook may point at a private, loopback or link-local address. */
  allowPrivateWebhook?: boolean;
}

/** Refuses a webhook aimed at the server's own network; names are checked again on each delivery, as they resolve. */
function checkWebhook(settings: SiteSettings, policy: SitePolicy): void {
  if (!settings.webhook || policy.allowPrivateWebhook) return;
  const problem = privateWebhookProblem(settings.webhook.url);
  if (problem) {
    throw new AppError('VALIDATION_ERROR', `Invalid site settings: webhook.url: ${problem}.`, [{ path: 'webhook.url', message: problem }]);
  }
}

export async function createSite(
  store: Store,
  input: Partial<SiteSettings> & Pick<SiteSettings, 'name' | 'allowedOrigins'>,
  options: { publicKey?: string; now?: Date } & SitePolicy = {},
): Promise<CreatedSite> {
  const settings = parseOrThrow(siteSettingsSchema, withDefaults(input), 'site settings');
  checkWebhook(settings, options);
  const secretKey = newSecretKey();
  const now = options.now ?? new Date();
  const site: SiteRecord = {
    ...settings,
    id: uuidv7(),
    publicKey: options.publicKey ?? newPublicKey(),
    secretKeyHash: hashSecret(secretKey),
    identitySecret: newIdentitySecret(),
    createdAt: now,
    updatedAt: now,
  };
  await store.sites.insert(site);
  return { site, secretKey };
}

/** Applies a partial change after validating the merged result, so a bad value writes nothing. */
export async function updateSite(store: Store, site: SiteRecord, patch: Partial<SiteSettings>, policy: SitePolicy = {}): Promise<SiteRecord> {
  const current: SiteSettings = siteSettingsSchema.parse(pickSettings(site));
  const merged = {
    ...current,
    ...patch,
    persona: { ...current.persona, ...patch.persona },
    theme: { ...current.theme, ...patch.theme },
    ...(current.adf || patch.adf ? { adf: { ...current.adf, ...patch.adf } } : {}),
    ...(patch.handoff ? { handoff: { ...handoffSettings(current), ...patch.handoff } } : {}),
  };
  const settings = parseOrThrow(siteSettingsSchema, merged, 'site settings');
  if (patch.webhook) checkWebhook(settings, policy);
  const updated = await store.sites.update(site.id, { ...settings, updatedAt: new Date() });
  if (!updated) throw new Error(`Site ${site.id} vanished during update`);
  return updated;
}

/** Replaces the site's dealer knowledge with an already validated one (see `readKnowledgeFile`). */
export async function setKnowledge(store: Store, site: SiteRecord, knowledge: DealerKnowledge): Promise<SiteRecord> {
  const updated = await store.sites.update(site.id, { knowledge, updatedAt: new Date() });
  if (!updated) throw new Error(`Site ${site.id} vanished during update`);
  return updated;
}

export async function rotateSecret(store: Store, site: SiteRecord): Promise<CreatedSite> {
  const secretKey = newSecretKey();
  const updated = await store.sites.update(site.id, { secretKeyHash: hashSecret(secretKey), updatedAt: new Date() });
  if (!updated) throw new Error(`Site ${site.id} vanished during rotation`);
  return { site: updated, secretKey };
}

/** Finds a site by id or public key, as admins type either. */
export async function findSite(store: Store, ref: string): Promise<SiteRecord | null> {
  return ref.startsWith('pk_') ? store.sites.byPublicKey(ref) : store.sites.byId(ref);
}

function pickSettings(site: SiteRecord): SiteSettings {
  // Knowledge is set apart (`setKnowledge`) and not a setting; the update leaves it as it is.
  const { id: _id, publicKey: _pk, secretKeyHash: _h, identitySecret: _s, createdAt: _c, updatedAt: _u, knowledge: _k, ...settings } = site;
  return settings as SiteSettings;
}
