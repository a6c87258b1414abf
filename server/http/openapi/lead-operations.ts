import { chatMessageSchema, leadLedgerSchema, leadListSchema, leadResultSchema } from '../../../sdk/protocol/response-schemas.js';
import { leadPipelinePatchSchema } from '../../../sdk/protocol/schemas.js';
import { conversationId, EXPORT_MAX_LEADS, exportQuery, leadId, ledgerQuery, leadsQuery } from '../request-params.js';
import { schemaRef } from './components.js';
import { json, type JsonSchema, type Operation } from './operation.js';

// No zod schema: nothing parses it. Its main fields, with a ref to the message schema.
const conversation: JsonSchema = {
  type: 'object',
  required: ['conversation'],
  properties: {
    conversation: {
      type: 'object',
      description: 'The conversation with its source page, the facts captured so far and up to 1,000 messages, oldest first.',
      required: ['id', 'siteId', 'visitorId', 'status', 'messages'],
      properties: {
        id: { type: 'string' },
        siteId: { type: 'string' },
        visitorId: { type: 'string' },
        status: { type: 'string', enum: ['open', 'closed'] },
        leadId: { type: ['string', 'null'] },
        handoff: {
          type: 'object',
          description:
            'Live takeover: who of the dealership answers now (`holder`), the newest request for a person (`escalation`: ' +
            '`waiting`, `taken`, `callback` or `missed`) and the trail of both (`events`), as in docs/staff-api.md.',
          required: ['events'],
          properties: {
            holder: { type: 'object' },
            escalation: { type: 'object', properties: { reason: { type: 'string' }, status: { type: 'string', enum: ['waiting', 'taken', 'callback', 'missed'] } } },
            events: { type: 'array', items: { type: 'object' } },
          },
        },
        messages: { type: 'array', items: schemaRef(chatMessageSchema) },
      },
    },
  },
};

/** Leads and their conversations, with the site's secret key; a key reads only its own site's data. */
export const leadOperations: Operation[] = [
  {
    method: 'get',
    path: '/v1/leads',
    operationId: 'listLeads',
    tag: 'Leads',
    summary: "List the site's leads, newest update first",
    auth: 'secretKey',
    query: leadsQuery,
    responses: { 200: { description: 'The leads.', content: json(leadListSchema) } },
    errors: ['UNAUTHORIZED', 'VALIDATION_ERROR'],
  },
  {
    method: 'get',
    path: '/v1/leads/ledger',
    operationId: 'leadLedger',
    tag: 'Leads',
    summary: 'Every conversation with contact details, its lead and the state of each delivery',
    description:
      'The "no lost lead" ledger: a conversation whose `leadId` is null gave a phone or email but has no lead; a delivery ' +
      'with `overdue: true` is a dead letter or was not sent within 15 minutes. The server also counts both every few ' +
      'minutes into the `cathy_ledger_orphans` and `cathy_ledger_overdue_deliveries` gauges of `/metrics`.',
    auth: 'secretKey',
    query: ledgerQuery,
    responses: { 200: { description: 'The ledger, oldest conversation first (at most 1,000).', content: json(leadLedgerSchema) } },
    errors: ['UNAUTHORIZED', 'VALIDATION_ERROR'],
  },
  {
    method: 'get',
    path: '/v1/leads/{id}',
    operationId: 'getLead',
    tag: 'Leads',
    summary: 'Read one lead',
    auth: 'secretKey',
    pathId: leadId,
    responses: { 200: { description: 'The lead.', content: json(leadResultSchema) } },
    errors: ['UNAUTHORIZED', 'VALIDATION_ERROR', 'NOT_FOUND'],
  },
  {
    method: 'patch',
    path: '/v1/leads/{id}',
    operationId: 'changeLeadPipeline',
    tag: 'Leads',
    summary: "Move a lead through the dealer's sales pipeline",
    description:
      'Changes only the fields given: `stage` (new, contacted, appointment, sold, lost), `reason` (required with `lost`, ' +
      'only with it), `assignee` and `notes` (`null` clears them). Writes an audit entry; a change of stage raises the ' +
      "lead's `version` and sends a `lead.status_changed` webhook when the site has one. Cathy's delivery `status` is untouched.",
    auth: 'secretKey',
    pathId: leadId,
    body: { schema: leadPipelinePatchSchema, example: { stage: 'contacted', assignee: 'maria@sunrise.example', notes: 'Left a voicemail' } },
    responses: { 200: { description: 'The lead as changed.', content: json(leadResultSchema) } },
    errors: ['UNAUTHORIZED', 'VALIDATION_ERROR', 'NOT_FOUND'],
  },
  {
    method: 'get',
    path: '/v1/leads/export.csv',
    operationId: 'exportLeadsCsv',
    tag: 'Leads',
    summary: "The site's leads created in a date range, as CSV",
    description:
      'RFC 4180 CSV, oldest first, with the columns created, name, phone, email, vehicle, stage, assignee, consent level, ' +
      "source page, utm source. A cell that starts with = + - or @ gets a leading `'` so a spreadsheet never runs it as a " +
      `formula. At most ${EXPORT_MAX_LEADS.toLocaleString('en-US')} leads: a busier range is refused with VALIDATION_ERROR.`,
    auth: 'secretKey',
    query: exportQuery,
    responses: { 200: { description: 'The CSV file.', content: { 'text/csv': { schema: { type: 'string' } } } } },
    errors: ['UNAUTHORIZED', 'VALIDATION_ERROR'],
  },
  {
    method: 'get',
    path: '/v1/leads/{id}/adf',
    operationId: 'getLeadAdf',
    tag: 'Leads',
    summary: 'Read one lead as ADF XML',
    description: "ADF 1.0, the XML that dealer CRMs import: the same document the ADF email carries, with the site's `adf` settings.",
    auth: 'secretKey',
    pathId: leadId,
    responses: { 200: { description: 'The ADF document.', content: { 'application/xml': { schema: { type: 'string' } } } } },
    errors: ['UNAUTHORIZED', 'VALIDATION_ERROR', 'NOT_FOUND'],
  },
  {
    method: 'get',
    path: '/v1/conversations/{id}',
    operationId: 'getConversation',
    tag: 'Conversations',
    summary: 'Read a conversation and its transcript',
    auth: 'secretKey',
    pathId: conversationId,
    responses: { 200: { description: 'The conversation.', content: json(conversation) } },
    errors: ['UNAUTHORIZED', 'VALIDATION_ERROR', 'NOT_FOUND'],
  },
];
