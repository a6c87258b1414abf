import { deliveriesQuery, jobId } from '../request-params.js';
import { json, type JsonSchema, type Operation } from './operation.js';

// No zod schema: nothing parses it (its API form is server/wire/delivery-dto.ts). Its main fields.
export const delivery: JsonSchema = {
  type: 'object',
  description: 'One handoff job of a lead version: an email to the lead recipients, an ADF email to the CRM, or a webhook.',
  required: ['id', 'leadId', 'kind', 'status', 'attempts'],
  properties: {
    id: { type: 'string', description: '`<leadId>:<leadVersion>:<kind>`' },
    leadId: { type: 'string' },
    kind: { type: 'string', enum: ['email.lead', 'email.adf', 'webhook'] },
    event: { type: 'string', enum: ['lead.created', 'lead.updated', 'lead.status_changed'] },
    // The list filters by any status a job can have.
    status: { type: 'string', enum: deliveriesQuery.shape.status.unwrap().options },
    attempts: { type: 'integer' },
    lastError: { type: ['string', 'null'] },
    deliveredTo: { type: ['string', 'null'], description: 'e.g. `smtp`, or `file:` and the path of the .eml written without SMTP' },
  },
};

/** The lead handoff jobs of the site, with its secret key, and retrying dead letters. */
export const deliveryOperations: Operation[] = [
  {
    method: 'get',
    path: '/v1/deliveries',
    operationId: 'listDeliveries',
    tag: 'Deliveries',
    summary: 'List the lead handoff jobs (dead letters with status=failed)',
    auth: 'secretKey',
    query: deliveriesQuery,
    responses: {
      200: {
        description: 'The jobs.',
        content: json({ type: 'object', required: ['deliveries'], properties: { deliveries: { type: 'array', items: delivery } } }),
      },
    },
    errors: ['UNAUTHORIZED', 'VALIDATION_ERROR'],
  },
  {
    method: 'post',
    path: '/v1/deliveries/{id}/retry',
    operationId: 'retryDelivery',
    tag: 'Deliveries',
    summary: 'Retry a failed delivery',
    description: 'Puts a dead letter back in the queue, due now, with a fresh maximum age and backoff. Only `failed` jobs.',
    auth: 'secretKey',
    pathId: jobId,
    responses: {
      200: {
        description: 'The job, pending again.',
        content: json({ type: 'object', required: ['delivery'], properties: { delivery } }),
      },
    },
    errors: ['UNAUTHORIZED', 'VALIDATION_ERROR', 'NOT_FOUND', 'CONFLICT'],
  },
];
