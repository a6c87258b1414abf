import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The JSX settings of tsconfig.browser.json: vite reads only tsconfig.json, which holds the browser-driving tests.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    environment: 'node',
    include: ['{architecture,sdk,server,widget,console,examples,eval}/**/*.test.{ts,tsx}'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
  },
});
