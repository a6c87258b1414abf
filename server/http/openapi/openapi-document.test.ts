import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ERROR_CODES } from '../../../sdk/protocol/index.js';
import { messageSendSchema } from '../../../sdk/protocol/schemas.js';
import { conversationId, deliveriesQuery, exportQuery, historyQuery, jobId, leadId, ledgerQuery, leadsQuery, visitorId } from '../request-params.js';
import { buildOpenApiDocument, operations } from './openapi-document.js';

interface DocParameter {
  name: string;
  in: string;
  required?: boolean;
  description: string;
  schema: object;
  example?: unknown;
}

interface Doc {
  servers: Array<{ url: string }>;
  paths: Record<
    string,
    Record<
      string,
      {
        operationId: string;
        security?: unknown;
        parameters?: DocParameter[];
        responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
      }
    >
  >;
  components: { schemas: Record<string, { properties: Record<string, { maxLength?: number }> }>; examples: Record<string, unknown> };
}

const doc = buildOpenApiDocument({ publicUrl: 'https://chat.dealer.example' }) as unknown as Doc;

/** What each route file parses its path `{id}` and query with, by the operation that documents the route. */
const ROUTE_SCHEMAS: Record<string, { id?: z.ZodType; query?: z.ZodObject }> = {
  sendMessage: { id: conversationId },
  listMessages: { id: conversationId, query: historyQuery },
  recordPageView: { id: conversationId },
  identifyVisitor: { id: conversationId },
  conversationEvents: { id: conversationId },
  visitorTyping: { id: conversationId },
  listLeads: { query: leadsQuery },
  leadLedger: { query: ledgerQuery },
  getLead: { id: leadId },
  changeLeadPipeline: { id: leadId },
  exportLeadsCsv: { query: exportQuery },
  getLeadAdf: { id: leadId },
  getConversation: { id: conversationId },
  listDeliveries: { query: deliveriesQuery },
  retryDelivery: { id: jobId },
  exportVisitor: { id: visitorId },
  eraseVisitor: { id: visitorId },
};

describe('the OpenAPI document', () => {
  it('validates as OpenAPI 3.1', async () => {
    const validator = new Validator();
    const result = await validator.validate(doc as unknown as Record<string, unknown>);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('names the configured public URL as its server', () => {
    expect(doc.servers).toEqual([{ url: 'https://chat.dealer.example' }]);
  });

  it('answers every failure with the shared error shape and has an example of every protocol error code', () => {
    expect(Object.keys(doc.components.examples).sort()).toEqual([...ERROR_CODES].sort());
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const failures = Object.entries(op.responses).filter(([status]) => Number(status) >= 400 && !(path === '/readyz' && status === '503'));
        expect(failures.map(([status]) => status), `${method} ${path}`).toContain('500');
        for (const [status, response] of failures) {
          expect(response.content?.['application/json']?.schema, `${method} ${path} ${status}`).toEqual({ $ref: '#/components/schemas/ErrorResponse' });
        }
      }
    }
  });

  it('asks the secret key on every /v1 route but the visitor ones', () => {
    for (const [path, item] of Object.entries(doc.paths)) {
      if (!path.startsWith('/v1/') || path === '/v1/sessions' || /^\/v1\/conversations\/\{id\}\/(messages|page-views|identify|events|typing)$/.test(path)) continue;
      for (const op of Object.values(item)) expect(op.security, path).toEqual([{ secretKey: [] }]);
    }
  });

  it('documents the message text limit the route parses with: the longest text passes, one more character does not', () => {
    const max = doc.components.schemas.MessageSendRequest?.properties.text?.maxLength;
    expect(max).toBeTypeOf('number');
    const clientId = '0b9f6f2e-5d5e-4c3f-9a51-0d7f3e2a1b4c';
    expect(messageSendSchema.safeParse({ clientId, text: 'x'.repeat(max!) }).success).toBe(true);
    expect(messageSendSchema.safeParse({ clientId, text: 'x'.repeat(max! + 1) }).success).toBe(false);
  });

  it("gives request body examples the route's schema accepts", () => {
    const withBody = operations.filter((op) => op.body);
    expect(withBody.length).toBeGreaterThan(0);
    for (const op of withBody) expect(op.body!.schema.safeParse(op.body!.example).error, op.operationId).toBeUndefined();
  });

  it("documents each path id and query parameter exactly as zod converts the route's own schema", () => {
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const op of Object.values(item)) {
        const route = ROUTE_SCHEMAS[op.operationId] ?? {};
        expect(path.includes('{id}'), op.operationId).toBe(route.id !== undefined);
        const expected = [
          ...(route.id ? [{ in: 'path', name: 'id', schema: route.id }] : []),
          ...Object.entries(route.query?.shape ?? {}).map(([name, schema]) => ({ in: 'query', name, schema })),
        ];
        const params = op.parameters?.filter((p) => p.in !== 'header') ?? [];
        expect(params.map((p) => `${p.in} ${p.name}`), op.operationId).toEqual(expected.map((p) => `${p.in} ${p.name}`));
        for (const [i, param] of params.entries()) {
          const { schema } = expected[i]!;
          const { $schema: _dialect, ...converted } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' });
          const where = `${op.operationId} ${param.name}`;
          expect({ ...param.schema, description: param.description, example: param.example }, where).toEqual(converted);
          expect(param.required ?? false, where).toBe(!z.safeParse(schema, undefined).success);
        }
      }
    }
  });

  it('gives every operation its own id', () => {
    const ids = operations.map((op) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
