import type { SessionStartResult } from '../../../protocol/index.js';

/** A session as the server answers `session:start`, for tests with fake transports. */
export const SESSION: SessionStartResult = {
  visitorId: 'v1',
  visitorToken: 'token',
  conversationId: 'c1',
  messages: [],
  persona: { name: 'Cathy', greeting: 'Hi' },
  theme: {},
  locale: 'en',
  site: { name: 'Test Motors', team: { open: true } },
};
