import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Herald's version from its package.json, found above this file both in the sources and in dist/. */
export function heraldVersion(from = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'herald' && pkg.version) return pkg.version;
    }
    if (dirname(dir) === dir) return 'unknown';
  }
}
