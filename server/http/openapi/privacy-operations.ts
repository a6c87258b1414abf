import { chatMessageSchema, leadSchema } from '../../../sdk/protocol/response-schemas.js';
import { visitorId } from '../request-params.js';
import { schemaRef } from './components.js';
import { delivery } from './delivery-operations.js';
import { json, type JsonSchema, type Operation } from './operation.js';

// No zod schemas: nothing parses these. The stored records are shown as kept, so only their place is described.
const visitorExport: JsonSchema = {
  type: 'object',
  required: ['exportedAt', 'visitor', 'linkedVisitors', 'conversations', 'messages', 'leads', 'deliveries'],
  properties: {
    exportedAt: { type: 'string', format: 'date-time' },
    visitor: { type: 'object', description: 'The visitor record: what the host page supplied, pages viewed, IP, user agent.' },
    linkedVisitors: { type: 'array', items: { type: 'object' }, description: 'The same customer on other devices.' },
    conversations: { type: 'array', items: { type: 'object' } },
    messages: { type: 'array', items: schemaRef(chatMessageSchema) },
    leads: { type: 'array', items: schemaRef(leadSchema) },
    deliveries: { type: 'array', items: delivery },
  },
};

const erasedCount = { type: 'integer', minimum: 0 };

const erasure: JsonSchema = {
  type: 'object',
  required: ['erased'],
  properties: {
    erased: {
      type: 'object',
      required: ['visitorId', 'counts'],
      properties: {
        visitorId: { type: 'string' },
        counts: {
          type: 'object',
          properties: Object.fromEntries(
            ['mailFiles', 'deliveries', 'leads', 'leadsKept', 'conversations', 'messages', 'visitors'].map((key) => [key, erasedCount]),
          ),
        },
      },
    },
  },
};

/** Access and erasure requests for one shopper, with the site's secret key. */
export const privacyOperations: Operation[] = [
  {
    method: 'get',
    path: '/v1/visitors/{id}/export',
    operationId: 'exportVisitor',
    tag: 'Privacy',
    summary: 'Export everything stored about a visitor (access request)',
    description:
      "Covers the customer's other devices when `identify` with a valid `userHash` linked them, listed as `linkedVisitors`. " +
      'Of a lead another visitor also gave the same number to, only this visitor\'s part is exported, with every delivery that carried it.',
    auth: 'secretKey',
    pathId: visitorId,
    responses: { 200: { description: 'Everything stored about the visitor and their linked devices.', content: json(visitorExport) } },
    errors: ['UNAUTHORIZED', 'VALIDATION_ERROR', 'NOT_FOUND'],
  },
  {
    method: 'delete',
    path: '/v1/visitors/{id}',
    operationId: 'eraseVisitor',
    tag: 'Privacy',
    summary: 'Erase a visitor (erasure request)',
    description:
      "Erases the visitor's messages, conversations, their part of every lead they contributed to (the lead too when " +
      "nothing else remains; `leadsKept` counts those keeping another visitor's part), deliveries not sent yet of deleted " +
      'leads and the .eml copies of every email that carried their words, for the customer\'s linked devices too; keeps an ' +
      'audit record with ids and counts only. Asking again finishes an erase that was interrupted.',
    auth: 'secretKey',
    pathId: visitorId,
    responses: { 200: { description: 'What was erased, counted.', content: json(erasure) } },
    errors: ['UNAUTHORIZED', 'VALIDATION_ERROR', 'NOT_FOUND'],
  },
];
