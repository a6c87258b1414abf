import type { SiteRecord } from '../store/records.js';

/** Who is calling, as the transport established it. */
export interface VisitorContext {
  site: SiteRecord;
  ip: string;
  userAgent?: string;
}

/** A visitor whose session has started. */
export interface SessionRef extends VisitorContext {
  visitorId: string;
  conversationId: string;
}
