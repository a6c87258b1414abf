import { beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS, ensureClientBuild, FORBIDDEN, measureWidget } from '../bench/support/client-build.js';

let sizes: ReturnType<typeof measureWidget>;

beforeAll(async () => {
  await ensureClientBuild();
  sizes = measureWidget();
}, 120_000);

describe('widget bundle size', () => {
  it(`keeps the loader every dealer page loads within ${BUDGETS.loader} bytes gzip`, () => {
    expect(sizes.loader.gzip).toBeLessThanOrEqual(BUDGETS.loader);
  });

  it(`keeps the chat chunk (Preact, signals, socket.io-client, client, UI) within ${BUDGETS.chunk} bytes gzip`, () => {
    expect(sizes.chunk.gzip).toBeLessThanOrEqual(BUDGETS.chunk);
  });

  it(`keeps all widget JavaScript, loader and chunk together, within ${BUDGETS.total} bytes gzip`, () => {
    expect(sizes.loader.gzip + sizes.chunk.gzip).toBeLessThanOrEqual(BUDGETS.total);
  });

  it.each(FORBIDDEN.map((pattern) => [String(pattern), pattern] as const))('never ships %s to a dealer page', (_, pattern) => {
    // Only the surroundings of a match are reported: the whole bundle would drown the failure.
    const found = [sizes.loader, sizes.chunk].flatMap(({ file, code }) => {
      const match = pattern.exec(code);
      return match ? [`${file}: …${code.slice(Math.max(0, match.index - 80), match.index + 80)}…`] : [];
    });
    expect(found).toEqual([]);
  });

  it('names the content-hashed chunk inside the loader, which stays a classic script', () => {
    expect(sizes.loader.code).toContain(JSON.stringify(sizes.chunk.file));
    expect(sizes.loader.code).not.toMatch(/^\s*(import|export)\s/m);
    expect(sizes.chunk.code).toMatch(/export\s*\{[^}]*\bstartChat\b/);
  });
});
