import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import nunjucks from 'nunjucks';
import { UK_TIME_ZONE } from '@herald/contracts';
import { can } from '../permissions/can';

/** The repository's apps/admin folder, found by walking up: works from the sources and from dist/. */
function findAdminDir(startDir: string): string {
  for (let dir = startDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'apps', 'admin', 'views');
    if (existsSync(candidate)) return dirname(candidate);
    if (dirname(dir) === dir) throw new Error(`No apps/admin/views folder in ${startDir} or above it`);
  }
}

const ADMIN_DIR = findAdminDir(__dirname);
export const VIEWS_DIR = join(ADMIN_DIR, 'views');
export const ADMIN_ASSETS_DIR = join(ADMIN_DIR, 'assets');
export const GOVUK_FRONTEND_DIR = join(dirname(require.resolve('govuk-frontend/package.json')), 'dist');

/** Filters every view may use. */
export function configureNunjucks(env: nunjucks.Environment): void {
  env.addFilter('dateTime', (value: string | Date | null | undefined) => (value ? formatDateTime(new Date(value)) : ''));
  env.addFilter('number', (value: number | null | undefined) => (value ?? 0).toLocaleString('en-GB'));
  env.addGlobal('can', can);
}

/** `27 November 2026 at 14:05`, London time (the admin's users are in the UK). */
export function formatDateTime(date: Date): string {
  const day = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: UK_TIME_ZONE });
  const time = date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: UK_TIME_ZONE });
  return `${day} at ${time}`;
}
