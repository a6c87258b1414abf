import type { LeadStage, StaffRole } from '../../sdk/protocol/index.js';
import type { InboxStoreQuery } from './inbox-query.js';
import type {
  AuditRecord,
  ConversationActivity,
  ConversationRecord,
  HandoffRecord,
  LeadRecord,
  MessageRecord,
  NoteRecord,
  OutboxJob,
  OutboxJobRecord,
  ReadMarkRecord,
  OutboxStatus,
  SiteRecord,
  VisitorRecord,
} from './records.js';
import type { StaffLinkKind, StaffLinkRecord, StaffMembershipRecord, StaffRecord, StaffSessionRecord } from './staff-records.js';

/**
 * One storage interface, two adapters (`embedded`, `mongo`).
 *
 * Every method is a single-document write or a read, so a crash never leaves half a write:
 * - a message is one document; conversation activity is read from the newest message;
 * - a lead and the jobs it needs are one document (`pendingJobs`), copied to the outbox
 *   idempotently afterwards (see `outbox-relay.ts`).
 */
export interface Store {
  readonly kind: 'embedded' | 'mongo';
  sites: SiteRepo;
  visitors: VisitorRepo;
  conversations: ConversationRepo;
  messages: MessageRepo;
  leads: LeadRepo;
  outbox: OutboxRepo;
  audit: AuditRepo;
  /** Staff notes on conversations (the sales workspace). */
  notes: NoteRepo;
  /** When each staff member last opened each conversation (the inbox's unread marks). */
  readMarks: ReadMarkRepo;
  staff: StaffRepo;
  staffSessions: StaffSessionRepo;
  staffLinks: StaffLinkRepo;
  /** Small key/value settings, e.g. the server's token secret. */
  meta: MetaRepo;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface SiteRepo {
  insert(site: SiteRecord): Promise<void>;
  update(id: string, patch: Partial<Omit<SiteRecord, 'id' | 'createdAt'>>): Promise<SiteRecord | null>;
  byId(id: string): Promise<SiteRecord | null>;
  byPublicKey(publicKey: string): Promise<SiteRecord | null>;
  bySecretHash(secretKeyHash: string): Promise<SiteRecord | null>;
  list(): Promise<SiteRecord[]>;
  count(): Promise<number>;
}

export interface VisitorRepo {
  insert(visitor: VisitorRecord): Promise<void>;
  update(id: string, patch: Partial<Omit<VisitorRecord, 'id' | 'siteId' | 'createdAt'>>): Promise<VisitorRecord | null>;
  /** Appends a page view and keeps only the newest `keep`. */
  addPageView(id: string, view: VisitorRecord['pages'][number], keep: number): Promise<void>;
  byId(id: string): Promise<VisitorRecord | null>;
  /** The first visitor proven to be this customer (oldest `createdAt`). */
  firstByExternalId(siteId: string, externalId: string): Promise<VisitorRecord | null>;
  /** The visitors linked to the customer whose first visitor is `customerId` (not that one), oldest first. */
  listByCustomer(siteId: string, customerId: string): Promise<VisitorRecord[]>;
  delete(id: string): Promise<number>;
}

export interface ConversationRepo {
  insert(conversation: ConversationRecord): Promise<void>;
  update(
    id: string,
    patch: Partial<Omit<ConversationRecord, 'id' | 'siteId' | 'visitorId' | 'createdAt'>>,
  ): Promise<ConversationRecord | null>;
  byId(id: string): Promise<ConversationRecord | null>;
  /** The visitor's newest open conversation. */
  openForVisitor(visitorId: string): Promise<ConversationRecord | null>;
  listByVisitor(visitorId: string): Promise<ConversationRecord[]>;
  /** Conversations in which the visitor gave a phone or email, updated at or after `since`, oldest first. */
  listWithContact(query: { siteId?: string; since: Date; limit: number }): Promise<ConversationRecord[]>;
  deleteByVisitor(visitorId: string): Promise<number>;
  /**
   * Counts a stored message into `activity` in one write (newest time kept, count + 1, its preview), so the
   * inbox never reads messages to list conversations. Null when the conversation is gone.
   */
  recordMessage(id: string, message: NonNullable<ConversationActivity['last']>): Promise<ConversationRecord | null>;
  /** One inbox page: newest `activity.at` first, then id (see `InboxStoreQuery`). */
  inbox(query: InboxStoreQuery): Promise<ConversationRecord[]>;
  /**
   * Replaces the conversation's `handoff` only if its `version` is still `expectedVersion` (0: none stored yet), in
   * one conditional write; `next.version` must be `expectedVersion + 1`. Null when another write came first or the
   * conversation is gone: read again and decide again.
   */
  swapHandoff(id: string, expectedVersion: number, next: HandoffRecord): Promise<ConversationRecord | null>;
  /** Conversations whose escalation still waits for a person past its deadline, earliest deadline first. */
  escalationsDue(now: Date, limit: number): Promise<ConversationRecord[]>;
  /** A site's conversations with an escalation that began in `[from, to)` (by their handoff trail), oldest first. */
  escalatedBetween(query: { siteId: string; from: Date; to: Date; limit: number }): Promise<ConversationRecord[]>;
  /** Conversations stored before the inbox existed (no `activity`), to backfill at boot. */
  withoutActivity(limit: number): Promise<ConversationRecord[]>;
}

export interface MessageRepo {
  /**
   * Stores a message. When a visitor message with the same `conversationId` + `clientId`
   * exists, stores nothing and returns the existing one with `created: false`.
   */
  insert(message: MessageRecord): Promise<{ message: MessageRecord; created: boolean }>;
  byId(id: string): Promise<MessageRecord | null>;
  byClientId(conversationId: string, clientId: string): Promise<MessageRecord | null>;
  /** Cathy's reply to a visitor message, if stored. */
  replyTo(conversationId: string, messageId: string): Promise<MessageRecord | null>;
  /** Messages stored after the message with id `after` (by `seq`), oldest first; none if `after` is unknown. */
  after(conversationId: string, after: string | undefined, limit: number): Promise<MessageRecord[]>;
  /** The newest `limit` messages by `seq`, oldest first. */
  latest(conversationId: string, limit: number): Promise<MessageRecord[]>;
  /** Visitor messages stored at or after `since`, in store order, on every site; `afterSeq` pages on. */
  visitorSince(since: Date, limit: number, afterSeq?: string): Promise<MessageRecord[]>;
  listByVisitor(visitorId: string): Promise<MessageRecord[]>;
  deleteByVisitor(visitorId: string): Promise<number>;
}

export interface LeadQuery {
  siteId: string;
  since?: Date;
  status?: LeadRecord['status'];
  /** A lead nobody has moved yet is at `new`. */
  stage?: LeadStage;
  limit: number;
}

export interface LeadCreatedQuery {
  siteId: string;
  /** Created at or after. */
  from: Date;
  /** Created before. */
  to: Date;
  limit: number;
}

export interface LeadRepo {
  /** Inserts or replaces the whole lead document in one write. */
  save(lead: LeadRecord): Promise<void>;
  byId(id: string): Promise<LeadRecord | null>;
  /** The newest lead on the site with this phone or email created after `since`. */
  findRecentByContact(
    siteId: string,
    contact: { phone?: string; email?: string },
    since: Date,
  ): Promise<LeadRecord | null>;
  /** Newest first by `updatedAt`. */
  list(query: LeadQuery): Promise<LeadRecord[]>;
  /** The site's leads created in `[from, to)`, oldest first. */
  listCreated(query: LeadCreatedQuery): Promise<LeadRecord[]>;
  withPendingJobs(limit: number): Promise<LeadRecord[]>;
  /** Leads whose `pendingUpdate` last changed at or before `changedBefore`. */
  withUpdatesDue(changedBefore: Date, limit: number): Promise<LeadRecord[]>;
  /** Clears `pendingJobs` only if the lead is still at `version`. */
  clearPendingJobs(id: string, version: number): Promise<void>;
  /**
   * Sets only the given fields. Used for changes that must not overwrite what the delivery worker
   * writes meanwhile (`delivery`), which a whole-document `save` of an earlier copy would.
   */
  update(id: string, patch: Partial<Omit<LeadRecord, 'id' | 'siteId' | 'createdAt' | 'delivery'>>): Promise<LeadRecord | null>;
  /** Sets only `delivery`, and only if the lead is still at `version`; false otherwise. */
  setDelivery(id: string, version: number, delivery: LeadRecord['delivery']): Promise<boolean>;
  /** The leads any of whose conversations came from the visitor, oldest first. */
  listByVisitor(visitorId: string): Promise<LeadRecord[]>;
  delete(id: string): Promise<number>;
}

export interface OutboxRepo {
  /** Inserts jobs whose ids do not exist yet; existing ids are left untouched. */
  insertMissing(jobs: OutboxJob[]): Promise<void>;
  /** A lead job (never staff mail, which carries one-time links). */
  byId(id: string): Promise<OutboxJobRecord | null>;
  /**
   * Atomically takes one due job: pending with `nextAttemptAt <= now`, or processing with an
   * expired lease. Sets `processing`, the lease and `attempts + 1`.
   */
  claim(owner: string, now: Date, leaseMs: number): Promise<OutboxJob | null>;
  /** Updates a job only while `owner` holds its lease; false when the lease was lost. `mail: undefined` drops staff mail content. */
  finish(
    id: string,
    owner: string,
    patch: Partial<Pick<OutboxJobRecord, 'status' | 'nextAttemptAt' | 'lastError' | 'deliveredAt' | 'deliveredTo' | 'reportedAttempts'>> & {
      mail?: undefined;
    },
  ): Promise<boolean>;
  /**
   * Extends the lease while `owner` still holds it, so a send slower than one lease is not handed to a
   * second worker; false when the lease was lost.
   */
  renew(id: string, owner: string, leaseUntil: Date): Promise<boolean>;
  /**
   * Puts a `failed` job back to pending now with `attempts` and `reportedAttempts` 0 and sets `retriedAt` (manual retry of a dead
   * letter); null when no failed job has this id.
   */
  reset(id: string, now: Date): Promise<OutboxJobRecord | null>;
  list(query: { siteId: string; status?: OutboxStatus; leadId?: string; limit: number }): Promise<OutboxJobRecord[]>;
  /** When the longest-waiting claimable job (see `claim`) became due; null when none is due at `now`. */
  dueSince(now: Date): Promise<Date | null>;
  listByVisitor(visitorId: string): Promise<OutboxJobRecord[]>;
  /** Dead letters, and jobs not yet sent that were written before `writtenBefore`, oldest first. */
  overdue(query: { siteId?: string; writtenBefore: Date; limit: number }): Promise<OutboxJobRecord[]>;
  /** Deletes the lead's jobs that are not delivered yet. */
  deletePendingByLead(leadId: string): Promise<number>;
}

export interface AuditRepo {
  insert(record: AuditRecord): Promise<void>;
  list(siteId: string): Promise<AuditRecord[]>;
}

export interface NoteRepo {
  insert(note: NoteRecord): Promise<void>;
  /** Oldest first. */
  listByConversation(conversationId: string): Promise<NoteRecord[]>;
  deleteByConversations(conversationIds: string[]): Promise<number>;
}

export interface ReadMarkRepo {
  /** Sets when `staffId` last opened the conversation (one record per pair, replaced). */
  mark(record: Omit<ReadMarkRecord, 'id'>): Promise<void>;
  /** This staff member's marks among these conversations. */
  forStaff(staffId: string, conversationIds: string[]): Promise<ReadMarkRecord[]>;
  deleteByConversations(conversationIds: string[]): Promise<number>;
}

export interface StaffRepo {
  /** Rejects a second account with the same (lowercased) email. */
  insert(staff: StaffRecord): Promise<void>;
  byId(id: string): Promise<StaffRecord | null>;
  byEmail(email: string): Promise<StaffRecord | null>;
  /** The site's people, oldest account first. */
  listBySite(siteId: string): Promise<StaffRecord[]>;
  update(id: string, patch: Partial<Omit<StaffRecord, 'id' | 'email' | 'memberships' | 'createdAt'>>): Promise<StaffRecord | null>;
  /** Adds the membership in one write unless the person already belongs to its site; null then (or for an unknown id). */
  addMembership(id: string, membership: StaffMembershipRecord): Promise<StaffRecord | null>;
  /** Removes the person's membership of the site in one write; null when they had none. */
  removeMembership(id: string, siteId: string): Promise<StaffRecord | null>;
  /** Sets the person's role on the site in one write, their other memberships untouched; null when they have none there. */
  setRole(id: string, siteId: string, role: StaffRole): Promise<StaffRecord | null>;
}

export interface StaffSessionRepo {
  insert(session: StaffSessionRecord): Promise<void>;
  byId(id: string): Promise<StaffSessionRecord | null>;
  /** Oldest first. */
  listByStaff(staffId: string): Promise<StaffSessionRecord[]>;
  touch(id: string, lastSeenAt: Date, expiresAt: Date): Promise<void>;
  /** Deletes the sessions with these ids; returns how many existed. */
  delete(ids: string[]): Promise<number>;
  /** Deletes every session that expired at or before `now`. */
  deleteExpired(now: Date): Promise<number>;
}

export interface StaffLinkRepo {
  insert(link: StaffLinkRecord): Promise<void>;
  /**
   * Marks the link used when it is of this kind, unused and not expired at `now`, in one write: of two callers with
   * the same token, one gets the link and the other null. Null too for an unknown, used or expired link.
   */
  use(id: string, kind: StaffLinkKind, now: Date): Promise<StaffLinkRecord | null>;
  /** Marks the person's unused links of this kind used, so only the newest link works. */
  revoke(staffId: string, kind: StaffLinkKind, now: Date): Promise<number>;
}

export interface MetaRepo {
  get(key: string): Promise<string | null>;
  /** Sets the value unless the key exists; returns the stored value either way. */
  setIfAbsent(key: string, value: string): Promise<string>;
  /** Adds `amount` to the counter at `key` (0 when new) in one atomic write; returns the new total. */
  add(key: string, amount: number): Promise<number>;
}
