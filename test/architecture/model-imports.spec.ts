import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * Herald's vocabulary (a stored notification, a service, a template version…) lives in libs/domain's
 * `*.model.ts` files; libs/persistence maps its entities to it. Apps and the other libraries take those
 * names from `@herald/domain`, never from the ORM library.
 */
const ROOT = resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** The type names the domain's model files export. */
function modelNames(): Set<string> {
  const names = new Set<string>();
  for (const file of sourceFiles(join(ROOT, 'libs/domain/src')).filter((f) => f.endsWith('.model.ts'))) {
    for (const match of readFileSync(file, 'utf8').matchAll(/^export (?:interface|type) (\w+)/gm)) names.add(match[1]);
  }
  return names;
}

/** The model names a source file imports (or re-exports) from `@herald/persistence`. */
function modelNamesFromPersistence(source: string, models: Set<string>): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/(?:import|export)\s+(?:type\s+)?\{([^}]*)\}\s*from\s*['"]@herald\/persistence['"]/g)) {
    for (const specifier of match[1].split(',')) {
      const imported = specifier
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)[0];
      if (models.has(imported)) found.push(imported);
    }
  }
  return found;
}

function violations(): string[] {
  const models = modelNames();
  const files = ['apps', 'libs', 'test'].flatMap((top) => sourceFiles(join(ROOT, top)));
  return (
    files
      // This spec's own example of the mistake is not one.
      .filter((file) => !relative(ROOT, file).startsWith('libs/persistence/') && file !== __filename)
      .flatMap((file) =>
        modelNamesFromPersistence(readFileSync(file, 'utf8'), models).map((name) => `${relative(ROOT, file)} imports ${name} from @herald/persistence`),
      )
  );
}

describe('model imports', () => {
  it('takes the notification model and its neighbours from @herald/domain, not from persistence', () => {
    expect(violations()).toEqual([]);
  });

  it('finds the model in the domain', () => {
    expect([...modelNames()]).toEqual(expect.arrayContaining(['StoredNotification', 'NewNotification', 'Service', 'TemplateVersion']));
  });

  it('catches a model name imported from persistence, however the import is written', () => {
    const models = new Set(['Service', 'TemplateVersion']);
    const source = [
      "import { NotificationRepository, Service } from '@herald/persistence';",
      "import type {\n  TemplateVersion as Version,\n} from '@herald/persistence';",
      "import { Service as DomainService } from '@herald/domain';",
    ].join('\n');
    expect(modelNamesFromPersistence(source, models)).toEqual(['Service', 'TemplateVersion']);
  });
});
