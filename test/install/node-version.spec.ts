import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';

/**
 * The Node.js versions Herald supports are stated once, in package.json's `engines`, and every
 * installed package must support all of them: a newcomer on a stated version never sees npm's
 * EBADENGINE warning, nor a package that refuses to run. The README says the same versions.
 */
const ROOT = join(__dirname, '../..');
const readJson = (name: string) => JSON.parse(readFileSync(join(ROOT, name), 'utf8')) as Record<string, unknown>;

const supported = (readJson('package.json').engines as { node: string }).node;

interface LockedPackage {
  readonly engines?: { readonly node?: string } | string[];
}

/** Each package in the lock file whose own `engines.node` leaves out a version Herald supports. */
function packagesRefusing(range: string): string[] {
  const packages = readJson('package-lock.json').packages as Record<string, LockedPackage>;
  return Object.entries(packages).flatMap(([path, locked]) => {
    const wanted = !Array.isArray(locked.engines) ? locked.engines?.node : undefined;
    if (path === '' || wanted === undefined) return [];
    return semver.subset(range, wanted) ? [] : [`${path.replace(/^.*node_modules\//, '')} wants node ${wanted}`];
  });
}

/** "^20.19.0 || ^22.13.0" → ["20.19", "22.13"]: the lowest release of each supported major line. */
function lowestOfEachLine(range: string): string[] {
  return range.split('||').map((part) => {
    const lowest = semver.minVersion(part.trim());
    if (lowest === null) throw new Error(`engines.node part "${part}" has no lowest version`);
    return `${lowest.major}.${lowest.minor}`;
  });
}

describe('the Node.js versions Herald supports', () => {
  it('are supported by every package it installs', () => {
    expect(packagesRefusing(supported)).toEqual([]);
  });

  it('would be caught if a stated version were too wide', () => {
    // Node 21 is between the lines Herald states; several packages (typeorm among them) refuse it.
    expect(packagesRefusing('>=20.19')).toEqual(expect.arrayContaining([expect.stringMatching(/^typeorm wants node/)]));
  });

  it('include the Node.js running the tests', () => {
    expect(semver.satisfies(process.version, supported)).toBe(true);
  });

  it('are the versions the README states', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    // Every "Node.js 20.19, 22.13 or 24.11" in the README names the same lines.
    const statements = [...readme.matchAll(/Node\.js (\d+\.\d+(?:(?:, | or )\d+\.\d+)*)/g)].map((m) => m[1].split(/, | or /));
    expect(statements.length).toBeGreaterThan(0);
    for (const stated of statements) expect(stated).toEqual(lowestOfEachLine(supported));
  });
});
