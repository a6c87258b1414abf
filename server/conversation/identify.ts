import type { IdentifyPayload, IdentifyResult } from '../../sdk/protocol/index.js';
import type { Logger } from '../logging/logger.js';
import { verifyUserHash } from '../security/user-hash.js';
import type { VisitorRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import type { SessionRef } from './context.js';

/**
 * `visitor:identify`. A valid `userHash` proves the host page's `externalId`: the visitor is then
 * linked to the first visitor proven to be the same customer (their other devices). Without it,
 * the data stays on this visitor as supplied and is never merged anywhere.
 */
export async function identifyVisitor(
  deps: { store: Store; logger: Logger; now: () => Date },
  session: SessionRef,
  payload: IdentifyPayload,
): Promise<IdentifyResult> {
  const visitor = await deps.store.visitors.byId(session.visitorId);
  if (!visitor) return { verified: false };
  const verified =
    payload.externalId !== undefined &&
    payload.userHash !== undefined &&
    verifyUserHash(session.site.identitySecret, payload.externalId, payload.userHash);
  if (payload.userHash && !verified) {
    deps.logger.warn({ siteId: session.site.id, visitorId: visitor.id }, 'identify: userHash does not match externalId');
  }
  const supplied = { ...visitor.supplied };
  if (payload.name) supplied.name = payload.name;
  if (payload.email) supplied.email = payload.email.toLowerCase();
  if (payload.phone) supplied.phone = payload.phone;
  if (payload.externalId) supplied.externalId = payload.externalId;
  const patch: Partial<VisitorRecord> = { supplied, lastSeenAt: deps.now() };
  if (verified && payload.externalId) {
    patch.externalId = payload.externalId;
    const first = await deps.store.visitors.firstByExternalId(session.site.id, payload.externalId);
    if (first && first.id !== visitor.id) patch.customerId = first.customerId ?? first.id;
  }
  await deps.store.visitors.update(visitor.id, patch);
  return { verified };
}
