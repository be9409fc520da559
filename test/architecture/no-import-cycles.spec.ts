import { relative, resolve } from 'node:path';
import { importCycles, importGraph, runtimeImports } from './import-graph';

/**
 * No file imports itself through others ("no import cycles", docs/architecture.md). This replaces
 * eslint-plugin-import's import/no-cycle, which made `npm run lint` take minutes: the graph is read
 * once here with the TypeScript compiler's own module resolution, type-only imports left out (they
 * do not exist at run time), dynamic import() kept.
 */
const ROOT = resolve(__dirname, '../..');

describe('import cycles', () => {
  it('no file in apps, libs or test imports itself through others', () => {
    const cycles = importCycles(importGraph(ROOT, ['apps', 'libs', 'test']));
    expect(cycles.map((circle) => circle.map((file) => relative(ROOT, file)).join(' -> '))).toEqual([]);
  });

  it('finds a circle of three files, and a file that imports itself', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
    ]);
    expect(importCycles(graph)).toEqual([
      ['a', 'b', 'c', 'a'],
      ['e', 'e'],
    ]);
  });

  it('counts imports that run at load time or later, not type-only ones', () => {
    const source = [
      "import { a } from './a';",
      "import type { B } from './b';",
      "import { type C } from './c';",
      "import { type D, d } from './d';",
      "import './e';",
      "export { f } from './f';",
      "export type { G } from './g';",
      "export * from './h';",
      "const i = () => import('./i');",
      "type J = typeof import('./j');",
    ].join('\n');
    expect(runtimeImports('x.ts', source)).toEqual(['./a', './d', './e', './f', './h', './i']);
  });
});
