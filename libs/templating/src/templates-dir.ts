import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The repository's `templates/email` folder, found by walking up from `startDir`. The same search
 * works from the sources (libs/templating/src) and from the build (dist/libs/templating/src).
 */
export function findEmailTemplatesDir(startDir: string): string {
  let dir = startDir;
  for (;;) {
    const candidate = join(dir, 'templates', 'email');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) {
      throw new Error(`No templates/email folder in ${startDir} or above it: pass the folder to EmailRenderer`);
    }
    dir = parent;
  }
}
