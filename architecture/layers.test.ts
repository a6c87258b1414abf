import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLayers } from './check-layers.js';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('the layers of the repository', () => {
  const report = checkLayers(root);

  it('place every source file in a part, a test or tooling', () => {
    const advice = report.unplaced.map((file) => `${file} is in no layer: add its folder to PARTS in architecture/layers.ts (see docs/architecture.md)`);
    expect(advice).toEqual([]);
  });

  it('import only downward, never across the browser/server wall', () => {
    expect(report.violations).toEqual([]);
  });

  it('form no cycle between parts', () => {
    expect(report.cycles).toEqual([]);
  });
});

describe('the layer check', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'cathy-layers-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(scratch, file)), { recursive: true });
    writeFileSync(path.join(scratch, file), text);
  };
  write('server/http/dto.ts', "import type { Lead } from '../delivery/job.js';\nexport type Dto = Lead;\n");
  write('server/delivery/job.ts', "export type Lead = { id: string };\n\nimport type { Dto } from '../http/dto.js';\nexport type Sent = Dto;\n");
  write('server/shiny/new.ts', 'export const shiny = 1;\n');
  write('widget/panel.ts', "import { port } from '../server/config/env.js';\nexport const p = port;\n");
  write('server/config/env.ts', 'export const port = 1;\n');
  write('server/test/helper.ts', "import '../http/dto.js';\n");
  const planted = checkLayers(scratch);

  it('names the file, the line and the rule of an upward type-only import', () => {
    expect(planted.violations).toContain(
      "server/delivery/job.ts:3 imports '../http/dto.js': delivery (server level 6) may not import http (server level 7), which sits above it: http is an adapter: HTTP in, domain calls, HTTP out",
    );
  });

  it('refuses an import across the browser/server wall', () => {
    expect(planted.violations).toContain("widget/panel.ts:1 imports '../server/config/env.js': the browser side never imports the server side (config)");
  });

  it('reports a cycle between parts', () => {
    expect(planted.cycles).toEqual([expect.stringMatching(/^delivery <-> http: /)]);
  });

  it('asks for a place for a folder the rules do not know', () => {
    expect(planted.unplaced).toEqual(['server/shiny/new.ts']);
  });
});
