import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import nunjucks from 'nunjucks';
import { UK_TIME_ZONE } from '@herald/contracts';

/** The repository's apps/citizen folder, found by walking up: works from the sources and from dist/. */
function findCitizenDir(startDir: string): string {
  for (let dir = startDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'apps', 'citizen', 'views');
    if (existsSync(candidate)) return dirname(candidate);
    if (dirname(dir) === dir) throw new Error(`No apps/citizen/views folder in ${startDir} or above it`);
  }
}

const CITIZEN_DIR = findCitizenDir(__dirname);
export const VIEWS_DIR = join(CITIZEN_DIR, 'views');
export const CITIZEN_ASSETS_DIR = join(CITIZEN_DIR, 'assets');
export const GOVUK_FRONTEND_DIR = join(dirname(require.resolve('govuk-frontend/package.json')), 'dist');

/** Filters every view may use. */
export function configureNunjucks(env: nunjucks.Environment): void {
  env.addFilter('dateTime', (value: string | Date | null | undefined) => (value ? formatDateTime(new Date(value)) : ''));
}

/** `27 November 2026 at 2:05pm`, UK time, as GOV.UK writes dates and times. */
export function formatDateTime(date: Date): string {
  const day = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: UK_TIME_ZONE });
  const parts = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', hour12: true, timeZone: UK_TIME_ZONE }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${day} at ${part('hour')}:${part('minute')}${part('dayPeriod').toLowerCase().replace(/\./g, '')}`;
}
