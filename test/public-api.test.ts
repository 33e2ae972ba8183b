import {readdirSync, readFileSync} from 'node:fs';
import {dirname, join, relative, resolve, sep} from 'node:path';
import {describe, expect, it} from 'vitest';

// Tests go through each package's public API. The rule, for every file of
// test code (tests and their helpers, under `packages/*/test/` and `test/`):
// - a package's own tests may import one module of its source, `src/index.ts`;
// - no test imports another package's `src/` or `dist/` by path: it imports
//   the package by name (`@folio/core`), which is its `dist/index.js`;
// - no test imports a subpath of a package (`@folio/core/…`).
// Tests under `test/` belong to no package, so they import packages by name.

const root = resolve(import.meta.dirname, '..');

// The language server's block re-parser has no API outside the server: its
// property test (whole parse = incremental parse) reaches it directly, as a
// test through the stdio server could not try thousands of edits. Nothing else goes here.
const awaitingTheSession = new Set([
  'test/language-server-incremental-parse.test.ts'
]);

const importPatterns = [
  // import x from '…', import {x} from '…', import type …, export … from '…', import '…'
  /\b(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]/g,
  // await import('…'), vi.importActual('…')
  /\bimport(?:Actual)?\(\s*['"]([^'"]+)['"]\s*[,)]/g
];

function importsOf(text: string): string[] {
  const withoutComments = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return importPatterns.flatMap((pattern) => [...withoutComments.matchAll(pattern)].map((match) => match[1] ?? ''));
}

/** Why `specifier`, imported by the test file at `file` (relative to the root), breaks the rule, if it does. */
function violationOf(file: string, specifier: string): string | undefined {
  const ownPackage = /^packages\/([^/]+)\/test\//.exec(file)?.[1];
  if (/^@folio\/[^/]+\/./.test(specifier)) return `imports a subpath of a package: \`${specifier}\``;
  if (!specifier.startsWith('.')) return undefined;
  const target = relative(root, resolve(root, dirname(file), specifier)).split(sep).join('/');
  const inside = /^packages\/([^/]+)\/(src|dist)\/(.*)$/.exec(target);
  if (!inside) return undefined;
  const [, targetPackage, folder, rest] = inside;
  if (targetPackage !== ownPackage) {
    return `reaches into \`packages/${targetPackage}/${folder}/\` of another package: import \`@folio/${targetPackage}\` instead`;
  }
  if (folder === 'src' && /^index\.(?:js|ts)$/.test(rest ?? '')) return undefined;
  return `imports \`${folder}/${rest}\` of its own package, expected only \`src/index.ts\` (its public API)`;
}

function testCode(): string[] {
  const folders = [
    'test',
    ...readdirSync(join(root, 'packages')).map((name) => `packages/${name}/test`)
  ];
  return folders.flatMap((folder) => {
    let entries: string[];
    try {
      entries = readdirSync(join(root, folder), {recursive: true, encoding: 'utf8'});
    } catch {
      return [];
    }
    return entries
      .map((entry) => `${folder}/${entry.split(sep).join('/')}`)
      .filter((path) => /\.(?:[cm]?ts|[cm]?js)$/.test(path) && !/\/(?:fixtures|__snapshots__|node_modules)\//.test(path));
  });
}

describe('tests through public APIs', () => {
  it('should tell an import of a package’s internals from one of its index', () => {
    expect(violationOf('packages/core/test/a.test.ts', '../src/index.js')).toBeUndefined();
    expect(violationOf('packages/core/test/a.test.ts', './helpers.js')).toBeUndefined();
    expect(violationOf('packages/core/test/a.test.ts', '@folio/lint')).toBeUndefined();
    expect(violationOf('packages/lint/test/rules/a.test.ts', '../../src/index.js')).toBeUndefined();
    expect(violationOf('test/a.test.ts', '../packages/lint/test/helpers/lint-site.js')).toBeUndefined();
    expect(violationOf('packages/core/test/a.test.ts', '../src/dates.js')).toMatch(/^imports `src\/dates\.js` of its own package/);
    expect(violationOf('packages/core/test/a.test.ts', '../dist/index.js')).toMatch(/^imports `dist\/index\.js`/);
    expect(violationOf('packages/lint/test/helpers/a.ts', '../../src/slugs/index.js')).toMatch(/^imports `src\/slugs\/index\.js`/);
    expect(violationOf('packages/feed/test/a.test.ts', '../../core/src/index.js')).toMatch(/another package: import `@folio\/core`/);
    expect(violationOf('test/a.test.ts', '../packages/cli/src/main.js')).toMatch(/another package: import `@folio\/cli`/);
    expect(violationOf('test/a.test.ts', '@folio/core/dist/urls.js')).toMatch(/^imports a subpath/);
  });

  it('should find every form of import', () => {
    const text = [
      "import {a} from '../src/a.js';",
      "import type {B} from '../src/b.js';",
      "import * as c from '../src/c.js';",
      "import d, {e} from '../src/d.js';",
      "export {f} from '../src/f.js';",
      "import '../src/g.js';",
      "import {\n  h,\n  i\n} from '../src/h.js';",
      "const j = await import('../src/j.js');",
      "// import {k} from '../src/k.js';"
    ].join('\n');
    expect(importsOf(text)).toEqual(['../src/a.js', '../src/b.js', '../src/c.js', '../src/d.js', '../src/f.js', '../src/g.js', '../src/h.js', '../src/j.js']);
  });

  it('should find no test that imports a module its package does not export', () => {
    const files = testCode();
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) =>
      awaitingTheSession.has(file)
        ? []
        : importsOf(readFileSync(join(root, file), 'utf8')).flatMap((specifier) => {
            const why = violationOf(file, specifier);
            return why ? [`${file}: ${why}`] : [];
          })
    );
    expect(found).toEqual([]);
  });

  it('should keep the allowlist to files that exist and still need it', () => {
    for (const file of awaitingTheSession) {
      const imports = importsOf(readFileSync(join(root, file), 'utf8'));
      expect(imports.some((specifier) => violationOf(file, specifier)), file).toBe(true);
    }
  });
});
