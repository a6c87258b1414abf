import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuild, ROOT } from '../../bench/support/client-build.js';
import { codeNames, fencedBlocks, sections } from './markdown.js';

const DOC = 'docs/sdk.md';
const doc = readFileSync(path.join(ROOT, DOC), 'utf8');

/**
 * Every name exported by the two entries, with the names a reader must find in its section: members of
 * interfaces, string-literal values of unions, and the same for nested types that have no exported name
 * of their own (a named one gets its own section instead).
 */
function publicSurface(): Map<string, string[]> {
  const { config } = ts.readConfigFile(path.join(ROOT, 'tsconfig.browser.json'), (file) => ts.sys.readFile(file));
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, ROOT);
  const entries = ['sdk/index.ts', 'sdk/headless.ts'].map((file) => path.join(ROOT, file));
  const program = ts.createProgram(entries, options);
  const checker = program.getTypeChecker();

  const exported = new Map<string, ts.Symbol>();
  for (const entry of entries) {
    const source = program.getSourceFile(entry);
    const entryModule = source && checker.getSymbolAtLocation(source);
    if (!entryModule) throw new Error(`Cannot read the exports of ${entry}.`);
    for (const symbol of checker.getExportsOfModule(entryModule)) {
      exported.set(symbol.name, symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);
    }
  }

  const ours = (symbol: ts.Symbol | undefined) => Boolean(symbol?.declarations?.some((d) => !d.getSourceFile().fileName.includes('/node_modules/')));

  function words(type: ts.Type, nested: boolean, seen: Set<ts.Type>): string[] {
    if (seen.has(type)) return [];
    seen.add(type);
    const named = type.aliasSymbol ?? type.getSymbol();
    if (nested && named && exported.has(named.name)) return [];
    // Partial<PersonaDisplay> and the like: what matters is the type argument.
    if (type.aliasSymbol && !ours(type.aliasSymbol)) return (type.aliasTypeArguments ?? []).flatMap((arg) => words(arg, true, seen));
    if (type.isUnion()) return type.types.flatMap((member) => words(member, true, seen));
    if (type.isStringLiteral()) return [type.value];
    if (checker.isArrayType(type)) return checker.getTypeArguments(type as ts.TypeReference).flatMap((arg) => words(arg, true, seen));
    if (type.getCallSignatures().length > 0) return [];
    if (!type.isIntersection() && !(type.flags & ts.TypeFlags.Object && ours(type.getSymbol()))) return [];
    return checker.getPropertiesOfType(type).flatMap((property) => [property.name, ...propertyWords(property, seen)]);
  }

  // The annotation, not the property's type: `locale?: Locale` must stay `Locale`, not widen to `'en' | 'es' | undefined`.
  // An alias of a union it did not create (`ErrorCode` is `(typeof ERROR_CODES)[number]`) loses its name even so.
  function propertyWords(property: ts.Symbol, seen: Set<ts.Type>): string[] {
    const declaration = property.declarations?.[0];
    const annotation = declaration && ts.isPropertySignature(declaration) ? declaration.type : undefined;
    if (!annotation) return words(checker.getTypeOfSymbol(property), true, seen);
    if (ts.isTypeReferenceNode(annotation) && exported.has(annotation.typeName.getText())) return [];
    return words(checker.getTypeFromTypeNode(annotation), true, seen);
  }

  const surface = new Map<string, string[]>();
  for (const [name, symbol] of exported) {
    const isType = symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias);
    surface.set(name, isType ? [...new Set(words(checker.getDeclaredTypeOfSymbol(symbol), false, new Set()))] : []);
  }
  return surface;
}

// React and Vue are not dependencies here: these are the parts of their published types the examples use.
const FRAMEWORK_TYPES = `
declare module 'react' {
  export function useEffect(effect: () => void | (() => void), deps?: readonly unknown[]): void;
  export function useSyncExternalStore<T>(subscribe: (onChange: () => void) => () => void, getSnapshot: () => T, getServerSnapshot?: () => T): T;
}
declare module 'vue' {
  export function onMounted(hook: () => void): void;
  export function onBeforeUnmount(hook: () => void): void;
}
`;

describe('docs/sdk.md', () => {
  it('documents every export of both entries, and each of their members, in a section whose heading names it', () => {
    const surface = publicSurface();
    // The walk itself must work, or everything below would pass on nothing.
    expect(surface.get('CathyOptions')).toContain('onLead');
    expect(surface.get('ClientEvents')).toContain('status');
    expect(surface.get('ErrorCode')).toContain('RATE_LIMITED');

    const all = sections(doc);
    const missing: string[] = [];
    for (const [name, members] of surface) {
      const own = all.filter((section) => codeNames(section.heading).has(name));
      if (own.length === 0) {
        missing.push(`\`${name}\`: no heading names it`);
        continue;
      }
      const documented = codeNames(own.map((section) => section.prose).join('\n'));
      for (const member of members) if (!documented.has(member)) missing.push(`\`${name}\`: \`${member}\` is not in its section`);
    }
    expect(missing).toEqual([]);
  });

  describe('TypeScript examples', () => {
    let consumer: string;

    beforeAll(async () => {
      await ensureClientBuild();
      // Installed the way npm links a local package, so the examples resolve `cathy-chat` through its exports map.
      consumer = mkdtempSync(path.join(tmpdir(), 'cathy-sdk-docs-'));
      mkdirSync(path.join(consumer, 'node_modules'));
      symlinkSync(path.join(ROOT, 'sdk'), path.join(consumer, 'node_modules/cathy-chat'), 'dir');
    }, 120_000);

    afterAll(() => {
      if (consumer) rmSync(consumer, { recursive: true, force: true });
    });

    it('compile against the built package, each block on its own', () => {
      const blocks = fencedBlocks(doc).filter((block) => block.lang === 'ts');
      expect(blocks.length).toBeGreaterThan(10);
      // `export {}` makes every block a module, so one block's declarations cannot satisfy another's.
      const files = blocks.map((block, index) => {
        const file = path.join(consumer, `example-${index}.ts`);
        writeFileSync(file, `${block.code}\nexport {};\n`);
        return file;
      });
      const frameworks = path.join(consumer, 'frameworks.d.ts');
      writeFileSync(frameworks, FRAMEWORK_TYPES);

      const { config } = ts.readConfigFile(path.join(ROOT, 'sdk/test/consumer/tsconfig.json'), (file) => ts.sys.readFile(file));
      // Node's types for the backend example that computes userHash.
      const compilerOptions = { ...config.compilerOptions, types: ['node'], typeRoots: [path.join(ROOT, 'node_modules/@types')] };
      const { options, errors } = ts.convertCompilerOptionsFromJson(compilerOptions, consumer);
      expect(errors).toEqual([]);
      const program = ts.createProgram([...files, frameworks], options);

      const problems = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
        const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
        const index = diagnostic.file ? files.indexOf(diagnostic.file.fileName) : -1;
        const block = blocks[index];
        if (!diagnostic.file || !block) return `${diagnostic.file?.fileName ?? 'program'}: ${message}`;
        const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
        return `${DOC}:${block.line + line}: ${message}`;
      });
      expect(problems).toEqual([]);
    }, 60_000);
  });
});
