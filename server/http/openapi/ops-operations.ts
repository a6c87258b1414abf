import { json, type JsonSchema, type Operation } from './operation.js';

const readiness: JsonSchema = {
  type: 'object',
  required: ['status', 'store', 'llm', 'mail'],
  properties: {
    status: { enum: ['ready', 'not_ready'] },
    store: {
      type: 'object',
      properties: {
        status: { enum: ['ok', 'down'] },
        kind: { enum: ['embedded', 'mongo'] },
        reason: { type: 'string', description: 'Why the store is down, e.g. it cannot write to DATA_DIR.' },
      },
    },
    outbox: {
      type: 'object',
      description:
        'The lead delivery worker, once it runs. `stalled`: deliveries are due and the worker has room but has not ' +
        'claimed any for 30 s; its watchdog restarts it and counts `cathy_delivery_worker_restarts_total`.',
      properties: {
        status: { enum: ['ok', 'stalled'] },
        oldestDueSeconds: { type: 'number', description: 'How long the longest-waiting due delivery has waited.' },
        inFlight: { type: 'integer', description: 'Deliveries being sent now.' },
        restarts: { type: 'integer', description: 'Times the watchdog restarted a stalled worker since start.' },
      },
    },
    llm: {
      type: 'object',
      properties: { mode: { enum: ['openai', 'offline'] } },
      description: '`offline`: no model key, the deterministic responder answers.',
    },
    mail: {
      type: 'object',
      properties: { mode: { enum: ['smtp', 'file'] } },
      description: '`file`: no SMTP_URL, emails are written as .eml files.',
    },
  },
};

/**
 * Health, metrics, this document, and the widget loader (its URL is the public script tag). Left out: the chat
 * chunk `/widget-chat.<hash>.js` and source maps the loader fetches itself, the `/demo/` dealer site and the lead
 * email's `/conversation/<signed token>` page, which are files and pages for browsers rather than an API.
 */
export const opsOperations: Operation[] = [
  {
    method: 'get',
    path: '/healthz',
    operationId: 'health',
    tag: 'Operations',
    summary: 'Liveness',
    auth: 'none',
    responses: {
      200: {
        description: 'The process answers.',
        content: json({ type: 'object', required: ['status'], properties: { status: { const: 'ok' } } }),
      },
    },
    errors: [],
  },
  {
    method: 'get',
    path: '/readyz',
    operationId: 'readiness',
    tag: 'Operations',
    summary: 'Readiness, with the store, language model and mail modes',
    description: '503 while the store is down or cannot write, the outbox is stalled, or the server is shutting down, with the same body.',
    auth: 'none',
    responses: {
      200: { description: 'Ready to serve.', content: json(readiness) },
      503: { description: 'Not ready.', content: json(readiness) },
    },
    errors: [],
  },
  {
    method: 'get',
    path: '/metrics',
    operationId: 'metrics',
    tag: 'Operations',
    summary: 'Prometheus metrics',
    description:
      'Open sockets, messages by role, leads, errors by code and transport, ack latency, deliveries and handoff time, ' +
      'outbox watchdog restarts (`cathy_delivery_worker_restarts_total`), and the Node.js process.',
    auth: 'none',
    responses: { 200: { description: 'Prometheus text exposition format.', content: { 'text/plain': { schema: { type: 'string' } } } } },
    errors: [],
  },
  {
    method: 'get',
    path: '/openapi.json',
    operationId: 'openApiDocument',
    tag: 'Operations',
    summary: 'This document',
    auth: 'none',
    responses: { 200: { description: 'OpenAPI 3.1.', content: json({ type: 'object' }) } },
    errors: [],
  },
  {
    method: 'get',
    path: '/widget.js',
    operationId: 'widgetLoader',
    tag: 'Operations',
    summary: 'The widget loader dealers paste in a script tag',
    description:
      'Served brotli- or gzip-compressed when accepted, with an ETag and a five-minute cache; CORS for any origin. ' +
      'Usage: `<script async src="https://HOST/widget.js" data-site="pk_…"></script>`.',
    auth: 'none',
    responses: { 200: { description: 'JavaScript.', content: { 'text/javascript': { schema: { type: 'string' } } } } },
    errors: ['UNAVAILABLE'],
  },
];
