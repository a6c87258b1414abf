import type { Connection } from 'mongoose';
import { auditSchema } from './audit-schema.js';
import { conversationSchema } from './conversation-schema.js';
import { leadSchema } from './lead-schema.js';
import { messageSchema } from './message-schema.js';
import { metaSchema } from './meta-schema.js';
import { noteSchema, readMarkSchema } from './note-schema.js';
import { outboxSchema } from './outbox-schema.js';
import { siteSchema } from './site-schema.js';
import { staffLinkSchema, staffSchema, staffSessionSchema } from './staff-schema.js';
import { visitorSchema } from './visitor-schema.js';

/** The store's models, bound to its own connection rather than mongoose's global one. */
export function createModels(connection: Connection) {
  return {
    sites: connection.model('Site', siteSchema, 'sites'),
    visitors: connection.model('Visitor', visitorSchema, 'visitors'),
    conversations: connection.model('Conversation', conversationSchema, 'conversations'),
    messages: connection.model('Message', messageSchema, 'messages'),
    leads: connection.model('Lead', leadSchema, 'leads'),
    outbox: connection.model('OutboxJob', outboxSchema, 'outbox'),
    audit: connection.model('AuditRecord', auditSchema, 'audit'),
    meta: connection.model('Meta', metaSchema, 'meta'),
    notes: connection.model('Note', noteSchema, 'notes'),
    readMarks: connection.model('ReadMark', readMarkSchema, 'read_marks'),
    staff: connection.model('Staff', staffSchema, 'staff'),
    staffSessions: connection.model('StaffSession', staffSessionSchema, 'staff_sessions'),
    staffLinks: connection.model('StaffLink', staffLinkSchema, 'staff_links'),
  };
}

export type Models = ReturnType<typeof createModels>;
