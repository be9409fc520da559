import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ADMIN = resolve(__dirname, '../..');
const VIEWS = join(ADMIN, 'views');

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, keep);
    return keep(name) ? [path] : [];
  });
}

const read = (view: string): string => readFileSync(join(VIEWS, view), 'utf8');

describe('links to guidance', () => {
  it('never sends anyone to GOV.UK Notify’s site: Herald has its own guidance', () => {
    const shown = [
      ...filesUnder(VIEWS, (name) => name.endsWith('.njk')),
      ...filesUnder(join(ADMIN, 'src'), (name) => name.endsWith('.ts') && !name.endsWith('spec.ts')),
    ];
    const notify = /notifications\.service\.gov\.uk|gov\.uk\/notify|notify\.gov\.uk/i;
    expect(shown.filter((file) => notify.test(readFileSync(file, 'utf8'))).map((file) => relative(ADMIN, file))).toEqual([]);
    expect(shown.length).toBeGreaterThan(100);
  });

  it.each([
    ['templates/form.njk', '/guidance/formatting'],
    ['settings/index.njk', '/guidance/trial-mode'],
    ['settings/go-live.njk', '/guidance/trial-mode'],
    ['api-integration/guest-list.njk', '/guidance/trial-mode'],
    ['activity/index.njk', '/guidance/delivery-statuses'],
    ['activity/notification.njk', '/guidance/delivery-statuses'],
    ['jobs/job.njk', '/guidance/delivery-statuses'],
    ['messages/message.njk', '/guidance/delivery-statuses'],
    ['send/sent.njk', '/guidance/delivery-statuses'],
    ['layout.njk', '/guidance'],
  ])('%s links to %s', (view, href) => {
    expect(read(view)).toContain(`href="${href}`);
  });
});
