import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors/app-error.js';
import { DEMO_KNOWLEDGE } from './demo-knowledge.js';
import { readKnowledgeFile } from './knowledge-file.js';

const demoFile = path.resolve(import.meta.dirname, '../../../examples/dealer-site/knowledge.yaml');

async function file(name: string, text: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cathy-knowledge-'));
  const at = path.join(dir, name);
  await writeFile(at, text);
  return at;
}

describe('readKnowledgeFile', () => {
  it('reads the demo dealer file, equal to the knowledge the demo site starts with', async () => {
    expect(await readKnowledgeFile(demoFile)).toEqual(DEMO_KNOWLEDGE);
  });

  it('reads JSON too', async () => {
    const at = await file('k.json', JSON.stringify({ walkIns: 'Walk-ins welcome.', languages: ['English'] }));
    expect(await readKnowledgeFile(at)).toEqual({ walkIns: 'Walk-ins welcome.', languages: ['English'] });
  });

  it('names the wrong field', async () => {
    const at = await file('k.yaml', 'walkIns: 5\nlanguages: []\n');
    const error = await readKnowledgeFile(at).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).details?.map((d) => d.path)).toEqual(expect.arrayContaining(['walkIns', 'languages']));
  });

  it('refuses an unknown field and a down payment with a figure', async () => {
    const unknown = await readKnowledgeFile(await file('k.json', '{"walkins":"yes"}')).catch((e: unknown) => e);
    expect((unknown as AppError).details?.map((d) => d.message).join(' ')).toMatch(/walkins/);
    const figure = await readKnowledgeFile(await file('k.json', '{"downPayment":"Just $500 down!"}')).catch((e: unknown) => e);
    expect((figure as AppError).details?.[0]?.path).toBe('downPayment');
  });

  it('says which file is not valid YAML or JSON, or cannot be read', async () => {
    await expect(readKnowledgeFile(await file('k.yaml', 'walkIns: [unclosed'))).rejects.toThrow(/not valid YAML/);
    await expect(readKnowledgeFile(await file('k.json', '{'))).rejects.toThrow(/not valid JSON/);
    await expect(readKnowledgeFile('/nonexistent/k.json')).rejects.toThrow(/Cannot read knowledge file .*ENOENT/);
  });
});
