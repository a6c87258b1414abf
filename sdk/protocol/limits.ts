/** Limits both ends agree on; the server enforces them. */
export const LIMITS = {
  /** Characters in one visitor message. */
  messageText: 2000,
  /** Bytes in one socket payload or REST body. */
  payloadBytes: 16 * 1024,
  /** Messages returned by one history page. */
  historyPage: 100,
  /** Messages returned with a session. */
  sessionHistory: 50,
  /** Page views before the first session that `session:start` carries (older ones are dropped). */
  earlyPageViews: 20,
} as const;
