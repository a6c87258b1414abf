import { openEmbeddedStore } from '../../open-embedded-store.js';

/** Run as a child process: opens the store in argv[2], says "open <pid>", and holds it until killed. */
const dir = process.argv[2];
if (!dir) throw new Error('usage: hold-store.ts <dataDir>');
await openEmbeddedStore(dir);
process.stdout.write(`open ${process.pid}\n`);
setInterval(() => undefined, 60_000);
