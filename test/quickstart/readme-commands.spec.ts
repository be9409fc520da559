import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { quickStartOf, workedExampleOf } from './readme-commands';

const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');

describe('the commands the quick-start test takes from README.md', () => {
  it('splits the quick start at npm start: installing Redis where it is missing (after apt-get update), then npm ci', () => {
    const { install, start } = quickStartOf(readme);
    expect(start).toBe('npm start');
    expect(install).toMatch(/^\(command -v redis-server >\/dev\/null \|\| \(apt-get update && apt-get install -y redis-server\)\) && npm ci$/);
  });

  it('installs Chromium for the tests the same way, after apt-get update', () => {
    expect(readme).toContain('npm ci && (test -x /usr/bin/chromium || (apt-get update && apt-get install -y chromium)) && npm test');
  });

  it('takes the worked example: the CLI steps with the template outside the repository, send.js and the command that runs it', () => {
    const { shell, script } = workedExampleOf(readme);
    expect(shell).toContain('service create');
    expect(shell).toContain('api-key create');
    expect(shell).toContain('--content-file "${TMPDIR:-/tmp}/appointment.md"');
    expect(shell).toContain('node send.js');
    expect(script.fileName).toBe('send.js');
    expect(script.text).toContain("require('notifications-node-client')");
    expect(script.text).toContain('getNotificationById');
  });

  it('says what it looked for when the README changes shape', () => {
    expect(() => quickStartOf('# Herald\n\n## Quick start\n\nRun it.\n')).toThrow('README.md "## Quick start" has no ```sh block');
    expect(() => quickStartOf('## Quick start\n\n```sh\nnpm ci\n```\n')).toThrow('should be one command ending in " && npm start"');
    expect(() => workedExampleOf('## Start\n')).toThrow('README.md has no "## A worked example" section');
    // A "# comment" inside a shell block is not a heading: the section goes on after it.
    const example = '## A worked example\n\n```sh\n# a comment\nnode send.js\n```\n\n```js\n// send.js: sends\n```\n\n### CLI\n\n```js\n// other.js\n```\n';
    expect(workedExampleOf(example)).toEqual({ shell: '# a comment\nnode send.js\n', script: { fileName: 'send.js', text: '// send.js: sends\n' } });
  });
});
