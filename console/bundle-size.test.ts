import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS, ensureClientBuild, FORBIDDEN, measureConsole, ROOT } from '../bench/support/client-build.js';

let sizes: ReturnType<typeof measureConsole>;

beforeAll(async () => {
  await ensureClientBuild();
  sizes = measureConsole();
}, 120_000);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(path.join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [path.join(dir, entry.name)] : [],
  );
}

describe('console bundle size', () => {
  it(`keeps everything loaded before the first screen (page, script, stylesheet) within ${BUDGETS.console} bytes gzip`, () => {
    expect(sizes.total.gzip).toBeLessThanOrEqual(BUDGETS.console);
  });

  it.each(FORBIDDEN.map((pattern) => [String(pattern), pattern] as const))('never ships %s to the console', (_, pattern) => {
    const match = pattern.exec(sizes.script.code);
    expect(match ? sizes.script.code.slice(Math.max(0, match.index - 80), match.index + 80) : null).toBeNull();
  });

  it('names its hashed script and stylesheet in a page with nothing inline for the CSP to allow', () => {
    expect(sizes.page.code).toMatch(/<script type="module" src="\/console\/console\.[\w-]+\.js"><\/script>/);
    expect(sizes.page.code).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(sizes.page.code).not.toMatch(/<style|\sstyle=|\son\w+=/i);
  });

  it('never sets HTML from a string in its own code (visitor text stays text)', () => {
    const offenders = sources(path.join(ROOT, 'console'))
      .filter((file) => !/\.test\.tsx?$/.test(file))
      .filter((file) => /dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML|outerHTML\s*=/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
