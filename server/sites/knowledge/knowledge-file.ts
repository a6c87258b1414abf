import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { AppError, parseOrThrow } from '../../errors/app-error.js';
import { knowledgeSchema, type DealerKnowledge } from './knowledge-schema.js';

/**
 * Reads and validates a dealer knowledge file: JSON (`.json`) or YAML (`.yaml`, `.yml`). A file that cannot be
 * read or parsed, or a field that is wrong, throws an `AppError` naming it; nothing is returned half-read.
 *
 * @example await readKnowledgeFile('examples/dealer-site/knowledge.yaml') // { walkIns: { en: '…', es: '…' }, … }
 */
export async function readKnowledgeFile(file: string): Promise<DealerKnowledge> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new AppError('VALIDATION_ERROR', `Cannot read knowledge file ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
  }
  const yaml = /\.ya?ml$/i.test(path.extname(file));
  let data: unknown;
  try {
    data = yaml ? parseYaml(text) : JSON.parse(text);
  } catch (error) {
    throw new AppError('VALIDATION_ERROR', `Knowledge file ${file} is not valid ${yaml ? 'YAML' : 'JSON'}: ${(error as Error).message.split('\n')[0]}`);
  }
  return parseOrThrow(knowledgeSchema, data, 'knowledge');
}
