import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OutboxLetterProvider } from './outbox-letter.provider';

const id = '33333333-3333-4333-8333-333333333333';

describe('the outbox letter provider', () => {
  it('writes each PDF and the manifest under outbox/letter and counts the letters delivered', async () => {
    const outbox = mkdtempSync(join(tmpdir(), 'herald-outbox-'));
    const accepted = await new OutboxLetterProvider(outbox).sendBatch('batch-1', [
      { notificationId: id, reference: 'CCCCCCCCCCCCCCCC', postage: 'second', pageCount: 1, pdf: Buffer.from('%PDF-x') },
    ]);
    expect(accepted).toEqual({ provider: 'outbox', reference: 'batch-1', status: 'delivered' });
    expect(readdirSync(join(outbox, 'letter')).sort()).toEqual([`${id}.pdf`, 'batch-1.manifest.csv']);
    expect(readFileSync(join(outbox, 'letter', `${id}.pdf`), 'utf8')).toBe('%PDF-x');
  });

  it('has no responses to collect', async () => {
    expect(await new OutboxLetterProvider(tmpdir()).collectOutcomes()).toEqual([]);
  });
});
