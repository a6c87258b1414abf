import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { codeNames, codeSpans, sections } from '../../sdk/test/markdown.js';
import { COMMANDS } from './command-queue.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const doc = readFileSync(path.join(ROOT, 'docs/script-tag.md'), 'utf8');

/** The script-tag entry and the loader it runs: everything that reads the tag or answers `window.Cathy`. */
const loader = [
  path.join(ROOT, 'widget/entry/embed.ts'),
  ...readdirSync(import.meta.dirname)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => path.join(import.meta.dirname, file)),
].map((file) => ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true));

function nodes(root: ts.Node): ts.Node[] {
  const all: ts.Node[] = [];
  const visit = (node: ts.Node) => {
    all.push(node);
    ts.forEachChild(node, visit);
  };
  visit(root);
  return all;
}
const everyNode = loader.flatMap(nodes);

/**
 * The attributes the loader reads: `getAttribute('data-…')`, and the names passed to helpers that
 * build `data-${name}` (read-script-config.ts reads every attribute through one).
 */
function dataAttributes(): string[] {
  const helpers = new Set(
    everyNode
      .filter(ts.isVariableDeclaration)
      .filter((declaration) => declaration.initializer && nodes(declaration.initializer).some((n) => ts.isTemplateExpression(n) && n.head.text === 'data-'))
      .map((declaration) => declaration.name.getText()),
  );
  const read = new Set<string>();
  for (const call of everyNode.filter(ts.isCallExpression)) {
    const [first] = call.arguments;
    if (!first || !ts.isStringLiteral(first)) continue;
    const callee = call.expression;
    if (ts.isIdentifier(callee) && helpers.has(callee.text)) read.add(`data-${first.text}`);
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'getAttribute' && first.text.startsWith('data-')) read.add(first.text);
  }
  return [...read];
}

/** The events `Cathy('on', …)` accepts: the loader's own list in command-queue.ts. */
function acceptedEvents(): string[] {
  const list = everyNode.filter(ts.isVariableDeclaration).find((declaration) => declaration.name.getText() === 'EVENTS')?.initializer;
  if (!list || !ts.isArrayLiteralExpression(list)) throw new Error('command-queue.ts no longer lists its events in an EVENTS array: update this test.');
  return list.elements.filter(ts.isStringLiteral).map((element) => element.text);
}

/** The fixed text of every `[Cathy] …` warning the loader prints, up to its first interpolation. */
function warnings(): string[] {
  return everyNode
    .flatMap((node) => (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? [node.text] : ts.isTemplateExpression(node) ? [node.head.text] : []))
    .filter((text) => text.startsWith('[Cathy] '))
    .map((text) => text.trim())
    // `[Cathy] ${problems}` and `[Cathy] Cathy('${name}')` have too little fixed text to look for.
    .filter((text) => text.split(/\s+/).length > 2);
}

describe('docs/script-tag.md', () => {
  it('documents every data-* attribute the loader reads', () => {
    const attributes = dataAttributes();
    expect(attributes).toContain('data-site');
    const spans = codeSpans(doc);
    const missing = attributes.filter((name) => !spans.some((span) => span === name || span.startsWith(`${name}=`)));
    expect(missing).toEqual([]);
  });

  it('documents every command with an example', () => {
    const section = sections(doc).find((s) => codeNames(s.heading).has('window.Cathy'));
    expect(section, 'a section headed with `window.Cathy`').toBeDefined();
    const named = codeNames(section?.prose ?? '');
    expect(COMMANDS.filter((command) => !named.has(command))).toEqual([]);
    expect(COMMANDS.filter((command) => !doc.includes(`Cathy('${command}'`))).toEqual([]);
  });

  it('documents every event Cathy("on", …) accepts', () => {
    const events = acceptedEvents();
    expect(events).toContain('lead');
    const section = sections(doc).find((s) => /^events\b/i.test(s.heading));
    const named = codeNames(section?.prose ?? '');
    expect(events.filter((event) => !named.has(event))).toEqual([]);
  });

  it('quotes every console warning of the loader', () => {
    const quoted = warnings();
    expect(quoted.length).toBeGreaterThan(3);
    expect(quoted.filter((text) => !doc.includes(text))).toEqual([]);
  });
});
