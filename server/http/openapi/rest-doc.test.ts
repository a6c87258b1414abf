import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from './openapi-document.js';

const doc = buildOpenApiDocument({ publicUrl: 'https://chat.example.com' }) as { paths: Record<string, Record<string, unknown>> };
const restDoc = () => readFile(new URL('../../../docs/rest.md', import.meta.url), 'utf8');

describe('docs/rest.md', () => {
  it('has a section for every operation of the OpenAPI document', async () => {
    const headings = new Set((await restDoc()).split('\n').filter((line) => line.startsWith('### ')));
    const missing = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .map((method) => `### \`${method.toUpperCase()} ${path}\``)
        .filter((heading) => !headings.has(heading)),
    );
    expect(missing).toEqual([]);
  });

  it('points to the machine-readable document', async () => {
    expect(await restDoc()).toContain('`GET /openapi.json`');
  });
});
