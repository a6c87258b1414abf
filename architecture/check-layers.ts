import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ALLOWED, PARTS, TEST_FILE, TOOLING, type Part } from './layers.js';
import { readImports, type ImportRef } from './read-imports.js';

const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'data', 'coverage', '.git']);
const SOURCE = /\.(tsx?|mts|mjs)$/;

export interface LayerReport {
  /** Files in no part, no test and no tooling: the rules must name their folder. */
  unplaced: string[];
  /** Imports the rules forbid, as `file:line …` lines. */
  violations: string[];
  /** Part-level cycles among product files, e.g. `conversation -> visitors -> conversation`. */
  cycles: string[];
  /** Upward imports let through by `ALLOWED` (left out of the cycle search too). */
  allowed: string[];
}

/** Every source file under `root`, repository-relative with `/` separators. */
export function sourceFiles(root: string, dir = ''): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) || entry.name.startsWith('.') ? [] : sourceFiles(root, rel);
    return SOURCE.test(entry.name) ? [rel] : [];
  });
}

export function partOf(file: string): Part | undefined {
  let best: { part: Part; length: number } | undefined;
  for (const part of PARTS) {
    for (const prefix of part.paths) {
      const hit = prefix.endsWith('/') ? file.startsWith(prefix) : file === prefix;
      if (hit && (!best || prefix.length > best.length)) best = { part, length: prefix.length };
    }
  }
  return best?.part;
}

const isTest = (file: string) => TEST_FILE.test(file);
const isTooling = (file: string) => TOOLING.some((prefix) => (prefix.endsWith('/') ? file.startsWith(prefix) : file === prefix));

/** Checks every import of every source file under `root` against the rules in `layers.ts`. */
export function checkLayers(root: string, files = sourceFiles(root)): LayerReport {
  const report: LayerReport = { unplaced: [], violations: [], cycles: [], allowed: [] };
  const edges = new Map<string, Map<string, ImportRef>>();
  for (const file of files) {
    if (isTooling(file) || isTest(file)) continue;
    const from = partOf(file);
    if (!from) {
      report.unplaced.push(file);
      continue;
    }
    for (const ref of readImports(root, file)) {
      const broken = brokenRule(from, ref);
      const reason = broken ? ALLOWED[`${ref.from} -> ${ref.to}`] : undefined;
      if (reason) {
        report.allowed.push(`${where(ref)}: ${reason}`);
        continue;
      }
      if (broken) report.violations.push(`${where(ref)}: ${broken}`);
      const to = partOf(ref.to);
      if (to && to !== from) {
        const targets = edges.get(from.name) ?? new Map<string, ImportRef>();
        if (!targets.has(to.name)) targets.set(to.name, ref);
        edges.set(from.name, targets);
      }
    }
  }
  report.cycles = findCycles(edges);
  return report;
}

function where(ref: ImportRef): string {
  return `${ref.from}:${ref.line} imports '${ref.specifier}'`;
}

/** The rule an import breaks, or undefined when it keeps them all. */
function brokenRule(from: Part, ref: ImportRef): string | undefined {
  if (isTest(ref.to)) return 'product code never imports tests or test support';
  if (isTooling(ref.to)) return 'product code never imports tooling (bench, eval, examples, architecture)';
  const to = partOf(ref.to);
  if (!to || to === from) return undefined;
  const label = (part: Part) => `${part.name} (${part.side} level ${part.level})`;
  if (from.side === 'shared') return `${label(from)} imports nothing of either side`;
  if (to.side !== 'shared' && to.side !== from.side) return `the ${from.side} side never imports the ${to.side} side (${to.name})`;
  if (to.side === from.side && to.level > from.level) {
    return `${label(from)} may not import ${label(to)}, which sits above it: ${to.name} is ${to.why}`;
  }
  return undefined;
}

/** Cycles between parts (Tarjan's strongly connected components), each with the import that closes every step. */
function findCycles(edges: Map<string, Map<string, ImportRef>>): string[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const connect = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node)?.keys() ?? []) {
      if (!index.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const node of edges.keys()) if (!index.has(node)) connect(node);
  return components.map((component) => {
    const steps = component.flatMap((from) =>
      component.filter((to) => edges.get(from)?.has(to)).map((to) => `${from} -> ${to} (${where(edges.get(from)!.get(to)!)})`),
    );
    return `${component.join(' <-> ')}: ${steps.join('; ')}`;
  });
}
