import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const DTD = fileURLToPath(new URL('../../delivery/adf-1.0.dtd', import.meta.url));

/**
 * Validates an ADF document against the ADF 1.0 DTD with Debian's `xmllint` (libxml2-utils, installed by
 * `.ci/run`); resolves with xmllint's complaints, empty when the document is valid.
 */
export function adfDtdErrors(xml: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile('xmllint', ['--noout', '--nonet', '--dtdvalid', DTD, '-'], (error, _stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
        reject(new Error('Failed to validate ADF: xmllint is not installed. Install libxml2-utils (apt-get install libxml2-utils).'));
        return;
      }
      resolve(error ? stderr || error.message : '');
    });
    child.stdin?.end(xml);
  });
}
