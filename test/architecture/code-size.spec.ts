import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as ts from 'typescript';

/**
 * The size rules of docs/style.md, checked on every source file in apps/, libs/ and test/ (specs
 * included): no file over 300 lines, no class whose constructor takes more than 7 parameters
 * (its dependencies). A file or class over the line is split by role, not given an exception.
 */
const MAX_LINES = 300;
const MAX_CONSTRUCTOR_PARAMETERS = 7;
const SOURCE = /\.(ts|js|mjs|cjs)$/;

const ROOT = resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules' || name === 'dist') return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return SOURCE.test(name) ? [path] : [];
  });
}

export function lineCount(text: string): number {
  if (text === '') return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

/** Each class with a constructor of more than `max` parameters, as `Name (n)`. */
export function crowdedConstructors(fileName: string, text: string, max = MAX_CONSTRUCTOR_PARAMETERS): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isConstructorDeclaration(node) && node.body && node.parameters.length > max) {
      const owner = node.parent;
      const name = (ts.isClassDeclaration(owner) || ts.isClassExpression(owner)) && owner.name ? owner.name.text : '(anonymous class)';
      found.push(`${name} (${node.parameters.length})`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function violations(): { longFiles: string[]; crowdedClasses: string[] } {
  const longFiles: string[] = [];
  const crowdedClasses: string[] = [];
  for (const top of ['apps', 'libs', 'test']) {
    for (const file of sourceFiles(join(ROOT, top))) {
      const text = readFileSync(file, 'utf8');
      const path = relative(ROOT, file);
      const lines = lineCount(text);
      if (lines > MAX_LINES) longFiles.push(`${path}: ${lines} lines`);
      for (const crowded of crowdedConstructors(file, text)) crowdedClasses.push(`${path}: ${crowded}`);
    }
  }
  return { longFiles, crowdedClasses };
}

describe('code size', () => {
  const found = violations();

  it(`no source file is over ${MAX_LINES} lines`, () => {
    expect(found.longFiles).toEqual([]);
  });

  it(`no class takes more than ${MAX_CONSTRUCTOR_PARAMETERS} constructor parameters`, () => {
    expect(found.crowdedClasses).toEqual([]);
  });

  it('catches a long file and a crowded constructor', () => {
    expect(lineCount('a\nb\n')).toBe(2);
    expect(lineCount('a\nb')).toBe(2);
    const eight = Array.from({ length: 8 }, (_unused, i) => `private readonly d${i}: unknown`).join(', ');
    expect(crowdedConstructors('x.ts', `export class Crowded { constructor(${eight}) {} }`)).toEqual(['Crowded (8)']);
    expect(crowdedConstructors('x.ts', 'export class Fine { constructor(a: number, b: number) {} }')).toEqual([]);
    // An overload signature has no body: only the implementation counts.
    expect(crowdedConstructors('x.ts', `class Over { constructor(${eight}); constructor() {} }`)).toEqual([]);
  });
});
