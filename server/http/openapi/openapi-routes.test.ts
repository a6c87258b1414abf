import { randomUUID } from 'node:crypto';
import express, { type Express } from 'express';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { PostMessageResult, SessionStartResult } from '../../../sdk/protocol/index.js';
import { errorResponseSchema } from '../../../sdk/protocol/response-schemas.js';
import { messageSendSchema } from '../../../sdk/protocol/schemas.js';
import { SHOPPER_LINES } from '../../test/support/chat.js';
import { registeredRoutes } from '../../test/support/registered-routes.js';
import { startTestServer, type TestServer } from '../../test/support/test-server.js';
import { buildOpenApiDocument, operations } from './openapi-document.js';

interface DocParameter {
  name: string;
  in: string;
  example?: unknown;
  schema: { enum?: unknown[] };
}
interface DocOperation {
  security?: Array<Record<string, string[]>>;
  parameters?: DocParameter[];
  requestBody?: { content: { 'application/json': { example: unknown } } };
  responses: Record<string, { content?: Record<string, unknown> }>;
}
interface Doc {
  servers: Array<{ url: string }>;
  paths: Record<string, Record<string, DocOperation>>;
  components: { schemas: { MessageSendRequest: { properties: { text: { maxLength: number } } } } };
}

/** HTML pages people open from an email, not an API (see ops-operations.ts): answered with pages, never JSON. */
const BROWSER_PAGES = ['get /conversation/page.css', 'get /conversation/{id}'];

/** The workspace's own API (session cookie and CSRF token, for the console only): docs/staff-api.md, checked by staff-api-doc.test.ts. */
const isStaffRoute = (route: string) => / \/v1\/staff\//.test(route);

const documented = (doc: Doc) => Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method} ${path}`));

/** Failures some operations answer with in this run, where the others succeed. */
const EXPECTED_REFUSALS: Record<string, number[]> = {
  // The handoff delivered to .eml files: nothing failed to retry.
  'post /v1/deliveries/{id}/retry': [409],
  // Without `npm run build` there is no widget to serve.
  'get /widget.js': [503],
};

describe('the OpenAPI document matches the routes the real app serves', () => {
  let server: TestServer;
  let app: Express;
  let doc: Doc;
  let session: SessionStartResult;
  const origin = () => doc.paths['/v1/sessions']!.post!.parameters!.find((p) => p.name === 'Origin')!.example as string;

  beforeAll(async () => {
    const init = vi.spyOn(express.application, 'init');
    server = await startTestServer({ PUBLIC_URL: 'https://chat.dealer.example', RATE_LIMIT_MESSAGES_PER_MINUTE: '10000' });
    app = init.mock.contexts.at(-1) as Express;
    init.mockRestore();
    doc = (await (await fetch(`${server.url}/openapi.json`)).json()) as Doc;
    session = await startSession();
  });
  afterAll(() => server.destroy());

  /** A new visitor, started with the documented example. */
  const startSession = async () => {
    const body = doc.paths['/v1/sessions']!.post!.requestBody!.content['application/json'].example;
    const headers = { 'content-type': 'application/json', origin: origin() };
    const res = await fetch(`${server.url}/v1/sessions`, { method: 'POST', headers, body: JSON.stringify(body) });
    return (await res.json()) as SessionStartResult;
  };

  const visitorHeaders = () => ({ 'content-type': 'application/json', origin: origin(), authorization: `Bearer ${session.visitorToken}` });
  const secretHeaders = () => ({ authorization: `Bearer ${server.demoSecretKey}` });
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, { method: 'POST', headers: { ...visitorHeaders(), ...headers }, body: JSON.stringify(body) });

  it('serves the document to any origin as JSON, with PUBLIC_URL as the server', async () => {
    const res = await fetch(`${server.url}/openapi.json`, { headers: { origin: 'https://editor.swagger.io' } });
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(await res.json()).toEqual(buildOpenApiDocument({ publicUrl: 'https://chat.dealer.example' }));
    expect(doc.servers).toEqual([{ url: 'https://chat.dealer.example' }]);
  });

  it('documents every route registered on the app', () => {
    const routes = registeredRoutes(app);
    expect(routes).toContain('get /v1/leads/{id}');
    expect(routes.filter((route) => !documented(doc).includes(route) && !BROWSER_PAGES.includes(route) && !isStaffRoute(route))).toEqual([]);
  });

  it('streams the reply as documented when the client accepts text/event-stream', async () => {
    const body = { clientId: randomUUID(), text: 'Hello again' };
    const res = await post(`/v1/conversations/${session.conversationId}/messages`, body, { accept: 'text/event-stream' });
    expect(res.headers.get('content-type')?.split(';')[0]).toBe('text/event-stream');
    expect(Object.keys(doc.paths['/v1/conversations/{id}/messages']!.post!.responses['200']!.content!)).toContain('text/event-stream');
    expect(await res.text()).toMatch(/^event: message\n[\s\S]*event: message:done\n/);
  });

  it('documents only query parameters the routes accept (they refuse unknown ones)', async () => {
    const fresh = await startSession();
    const headersFor = (op: DocOperation) =>
      op.security?.some((s) => 'secretKey' in s) ? secretHeaders() : { origin: origin(), authorization: `Bearer ${fresh.visitorToken}` };
    const urlFor = (path: string, query: string) => `${server.url}${path.replace('{id}', fresh.conversationId)}?${query}`;
    let checked = 0;
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const op of Object.values(item)) {
        for (const param of op.parameters?.filter((p) => p.in === 'query') ?? []) {
          const values = param.schema.enum ?? [param.example];
          expect(values, `${path} ${param.name} needs an example`).not.toContain(undefined);
          for (const value of values) {
            const res = await fetch(urlFor(path, `${param.name}=${encodeURIComponent(String(value))}`), { headers: headersFor(op) });
            expect(res.status, `${path}?${param.name}=${String(value)}: ${await res.text()}`).not.toBe(400);
            checked++;
          }
        }
        if (op.parameters?.some((p) => p.in === 'query')) {
          expect((await fetch(urlFor(path, 'undocumented=1'), { headers: headersFor(op) })).status, path).toBe(400);
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it("takes message text up to the documented limit and refuses one character more, as the route's zod schema does", async () => {
    const max = doc.components.schemas.MessageSendRequest.properties.text.maxLength;
    const send = (text: string) => post(`/v1/conversations/${session.conversationId}/messages`, { clientId: randomUUID(), text });
    for (const [text, status] of [['x'.repeat(max), 200], ['x'.repeat(max + 1), 400]] as const) {
      const res = await send(text);
      expect(res.status, `${text.length} characters`).toBe(status);
      expect(messageSendSchema.safeParse({ clientId: randomUUID(), text }).success).toBe(status === 200);
      if (status === 400) expect(((await res.json()) as { error: { details: Array<{ path: string }> } }).error.details[0]?.path).toBe('text');
      else await res.body?.cancel();
    }
  });

  it('serves every documented operation with a documented status, media type and body', async () => {
    const chat = async (text: string) => {
      const res = await post(`/v1/conversations/${session.conversationId}/messages`, { clientId: randomUUID(), text });
      return (await res.json()) as Required<PostMessageResult>;
    };
    const read = async <T>(path: string) => (await (await fetch(`${server.url}${path}`, { headers: secretHeaders() })).json()) as T;
    for (const line of SHOPPER_LINES) if ((await chat(line)).reply.disclosure) break;
    await chat('You can reach me at 561 320 4455');
    const { leads } = await read<{ leads: Array<{ id: string; conversationId: string }> }>('/v1/leads');
    const leadId = leads.find((lead) => lead.conversationId === session.conversationId)?.id;
    expect(leadId).toBeDefined();
    const { deliveries } = await read<{ deliveries: Array<{ id: string }> }>(`/v1/deliveries?leadId=${leadId}`);
    const ids: Record<string, string> = {
      '/v1/conversations/': session.conversationId,
      '/v1/leads/': leadId!,
      '/v1/deliveries/': deliveries[0]!.id,
      '/v1/visitors/': session.visitorId,
    };

    // The erasure goes last (here and in this file): it removes the visitor the other calls use.
    const all = documented(doc).sort((a, b) => Number(a.startsWith('delete')) - Number(b.startsWith('delete')));
    for (const key of all) {
      const [method = '', path = ''] = key.split(' ');
      const op = doc.paths[path]![method]!;
      const prefix = Object.keys(ids).find((p) => path.startsWith(p));
      const url = server.url + path.replace('{id}', prefix ? ids[prefix]! : '');
      const auth = op.security?.some((s) => 'secretKey' in s) ? secretHeaders() : op.security ? visitorHeaders() : {};
      const example = op.requestBody?.content['application/json'].example;
      const headers = example ? { ...auth, 'content-type': 'application/json' } : auth;
      const res = await fetch(url, { method: method.toUpperCase(), headers, body: example ? JSON.stringify(example) : null });
      const type = res.headers.get('content-type')?.split(';')[0] ?? '';
      // The events stream never ends by itself: its status and type are what this checks.
      const text = type === 'text/event-stream' && method === 'get' ? (await res.body?.cancel(), '') : await res.text();

      expect(text, key).not.toMatch(/No route for/);
      const expected = [...Object.keys(op.responses).map(Number).filter((status) => status < 300), ...(EXPECTED_REFUSALS[key] ?? [])];
      expect(expected, `${key}: ${text.slice(0, 200)}`).toContain(res.status);
      expect(Object.keys(op.responses), key).toContain(String(res.status));
      expect(Object.keys(op.responses[String(res.status)]!.content ?? {}), key).toContain(type);
      if (type !== 'application/json') continue;
      const spec = operations.find((o) => o.method === method && o.path === path)!;
      const schema = res.status >= 400 ? errorResponseSchema : spec.responses[res.status]?.content?.[type]?.schema;
      // A zod schema keeps only the fields it documents: an undocumented field makes the parsed body differ.
      if (schema instanceof z.ZodType) expect(schema.parse(JSON.parse(text)), key).toEqual(JSON.parse(text));
    }
  });
});
