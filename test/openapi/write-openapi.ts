import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildOpenApiDocument } from '../../apps/api/src/openapi/openapi-document';

/**
 * Writes docs/openapi.json, the API reference Herald serves at /docs/openapi.json, for readers of
 * the repository. Compiled before it runs (test/openapi/tsconfig.json), so the repository root is
 * found by walking up; a test fails when the checked-in file is not the generated one.
 */
export const WRITE_COMMAND =
  'npx tsc -p test/openapi/tsconfig.json && npx tsc-alias -p test/openapi/tsconfig.json && node dist/docs-tools/test/openapi/write-openapi.js';

function repositoryRoot(from: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'README.md'))) return dir;
  }
  throw new Error(`No README.md and package.json above ${from}`);
}

export const OPENAPI_JSON_PATH = join(repositoryRoot(__dirname), 'docs', 'openapi.json');

/** The document as checked in: two-space JSON and a final newline. */
export const openApiJson = (): string => `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`;

if (require.main === module) {
  const before = existsSync(OPENAPI_JSON_PATH) ? readFileSync(OPENAPI_JSON_PATH, 'utf8') : '';
  const after = openApiJson();
  if (after === before) process.stdout.write('docs/openapi.json is up to date\n');
  else {
    writeFileSync(OPENAPI_JSON_PATH, after);
    process.stdout.write('docs/openapi.json written from apps/api/src/openapi\n');
  }
}
