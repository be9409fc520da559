import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * "The same in the admin" in README.md walks the admin's pages in the words they use: every
 * quoted label there is on one of the admin's pages (apps/admin/views), so renaming a button
 * without the README fails here.
 */
const ROOT = join(__dirname, '..', '..');
const VIEWS = join(ROOT, 'apps', 'admin', 'views');

/** Quoted words that are the example's data, not the admin's labels. */
const DATA: Readonly<Record<string, string>> = {
  'Passport Office': 'the service the worked example makes',
  Date: "the label of the template's ((date)) placeholder on the send page",
};

function viewsText(dir: string): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((entry) => (entry.isDirectory() ? viewsText(join(dir, entry.name)) : entry.name.endsWith('.njk') ? readFileSync(join(dir, entry.name), 'utf8') : ''))
    .join('\n');
}

function quotedLabels(readme: string): string[] {
  const start = readme.indexOf('### The same in the admin\n');
  if (start < 0) throw new Error('README.md has no "### The same in the admin" section');
  const rest = readme.slice(start + 1);
  const section = rest.slice(0, rest.search(/\n#{1,3} /) + 1 || undefined);
  return [...section.matchAll(/"([^"]+)"/g)].map((match) => match[1].replace(/\s+/g, ' ').replace(/ …$/, ''));
}

describe('the README: the same steps in the admin', () => {
  const labels = quotedLabels(readFileSync(join(ROOT, 'README.md'), 'utf8'));

  it('quotes the labels of the pages in order: set up, adding a service, templates, API keys, sending one message, activity', () => {
    const order = ['Set up your Herald account', 'Add a new service', 'New template', 'Create an API key', 'Send 1 message', 'Activity'].map((label) =>
      labels.indexOf(label),
    );
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('quotes only labels the admin pages show', () => {
    const pages = viewsText(VIEWS);
    expect(labels.filter((label) => !(label in DATA) && !pages.includes(label))).toEqual([]);
  });
});
