// Writes the CommonJS twin of the package's declarations: dist/types/**/*.d.ts → dist/types-cjs/**/*.d.cts with
// relative `.js` specifiers turned into `.cjs`. A `require` consumer under `moduleResolution: node16/nodenext` needs
// .d.cts files: the .d.ts ones sit in a `"type": "module"` package and would describe ES modules to it.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const sdk = path.resolve(import.meta.dirname, '..');
const from = path.join(sdk, 'dist/types');
const to = path.join(sdk, 'dist/types-cjs');

rmSync(to, { recursive: true, force: true });
const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
for (const file of walk(from).filter((f) => f.endsWith('.d.ts'))) {
  const target = path.join(to, path.relative(from, file)).replace(/\.d\.ts$/, '.d.cts');
  mkdirSync(path.dirname(target), { recursive: true });
  const text = readFileSync(file, 'utf8').replace(/(from\s+|import\()(['"])(\.{1,2}\/[^'"]+)\.js\2/g, '$1$2$3.cjs$2');
  writeFileSync(target, text);
}
