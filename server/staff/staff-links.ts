import { v7 as uuidv7 } from 'uuid';
import { notifyJobsQueued } from '../leads/outbox-relay.js';
import { hashOpaqueToken, newOpaqueToken } from '../security/opaque-token.js';
import type { SiteRecord, StaffMailJobRecord } from '../store/records.js';
import type { StaffLinkKind, StaffRecord } from '../store/staff-records.js';
import type { Store } from '../store/store.js';

export const INVITATION_TTL_MS = 72 * 3_600_000;
export const RESET_TTL_MS = 60 * 60_000;

/** The console pages the links open; the token rides in the fragment, so it never reaches a server log or a Referer. */
const PAGES: Record<StaffLinkKind, string> = { invitation: 'invitation', reset: 'reset' };

/** A new one-time link of this kind for the person; only its hash is stored. */
export async function issueLink(
  store: Store,
  input: { kind: StaffLinkKind; staffId: string; publicUrl: string; now: Date },
): Promise<{ url: string; expiresAt: Date }> {
  const token = newOpaqueToken();
  const expiresAt = new Date(input.now.getTime() + (input.kind === 'invitation' ? INVITATION_TTL_MS : RESET_TTL_MS));
  await store.staffLinks.insert({ id: hashOpaqueToken(token), kind: input.kind, staffId: input.staffId, createdAt: input.now, expiresAt });
  return { url: `${input.publicUrl}/console/${PAGES[input.kind]}#token=${token}`, expiresAt };
}

/**
 * Puts an email to the person in the outbox, in the site's language, so it waits out an SMTP outage like a lead
 * and lands as an .eml file under DATA_DIR/outbox-mail/ when SMTP_URL is unset.
 */
export async function queueStaffMail(
  store: Store,
  input: {
    event: StaffMailJobRecord['event'];
    staff: StaffRecord;
    site: SiteRecord;
    link: string;
    expiresAt?: Date;
    inviterName?: string;
    now: Date;
  },
): Promise<void> {
  const { staff, site, now } = input;
  const job: StaffMailJobRecord = {
    id: `staff-mail:${uuidv7()}`,
    siteId: site.id,
    staffId: staff.id,
    kind: 'email.staff',
    event: input.event,
    mail: {
      to: staff.email,
      locale: site.locale,
      siteName: site.name,
      link: input.link,
      ...(input.expiresAt ? { expiresAt: input.expiresAt } : {}),
      ...(input.inviterName ? { inviterName: input.inviterName } : {}),
    },
    status: 'pending',
    attempts: 0,
    nextAttemptAt: now,
    createdAt: now,
    updatedAt: now,
  };
  await store.outbox.insertMissing([job]);
  notifyJobsQueued(store);
}
