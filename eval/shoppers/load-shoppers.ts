import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { SLOTS, shopperFile, type Shopper } from './shopper.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const GROUPS_DIR = path.join(HERE, 'groups');

const fallbackFile = z.object({ en: z.partialRecord(z.enum(SLOTS), z.string().min(1)), es: z.partialRecord(z.enum(SLOTS), z.string().min(1)) }).strict();
export type FallbackReplies = z.infer<typeof fallbackFile>;

/**
 * What a willing shopper says when Cathy asks something their script has no answer for ("not sure yet",
 * "used is fine"), so a gap in a script never ends a conversation Cathy could still carry to a number.
 * These replies set no expected facts.
 */
export async function loadFallbackReplies(): Promise<FallbackReplies> {
  return fallbackFile.parse(JSON.parse(await readFile(path.join(HERE, 'fallback-replies.json'), 'utf8')));
}

export interface LoadedShopper extends Shopper {
  group: string;
}

/** Every shopper in eval/shoppers/groups, validated; a bad file fails with its name and the field. */
export async function loadShoppers(dir = GROUPS_DIR): Promise<LoadedShopper[]> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.json')).sort();
  const all: LoadedShopper[] = [];
  for (const file of files) {
    const parsed = shopperFile.safeParse(JSON.parse(await readFile(path.join(dir, file), 'utf8')));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`[Cathy eval] Failed to load ${file}: ${issue?.path.join('.')} ${issue?.message}. Fix the shopper file.`);
    }
    for (const s of parsed.data.shoppers) all.push({ ...s, group: parsed.data.group });
  }
  const ids = new Set<string>();
  for (const s of all) {
    if (ids.has(s.id)) throw new Error(`[Cathy eval] Failed to load shoppers: id "${s.id}" is used twice. Rename one.`);
    ids.add(s.id);
  }
  return all;
}
