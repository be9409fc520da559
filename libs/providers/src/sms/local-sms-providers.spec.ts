import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OutboxSmsProvider } from './outbox/outbox-sms.provider';
import { SimulatedSmsProvider } from './simulated/simulated-sms.provider';

const text = (to: string) => ({ notificationId: '5a0c4b8e-0d5b-4c1a-9a7e-7c3f2b1d0e9f', to, from: 'GOVUK', body: 'Hello' });

describe('the outbox SMS provider', () => {
  it('writes one .json per text under outbox/sms and calls it delivered', async () => {
    const outbox = mkdtempSync(join(tmpdir(), 'herald-outbox-'));
    const accepted = await new OutboxSmsProvider(outbox).send(text('+447700900123'));
    const file = join(outbox, 'sms', '5a0c4b8e-0d5b-4c1a-9a7e-7c3f2b1d0e9f.json');
    expect(accepted).toEqual({ provider: 'outbox', reference: file, status: 'delivered' });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      id: '5a0c4b8e-0d5b-4c1a-9a7e-7c3f2b1d0e9f',
      to: '+447700900123',
      from: 'GOVUK',
      body: 'Hello',
    });
  });
});

describe('the simulated SMS provider (test keys)', () => {
  it.each([
    ['+447700900003', 'temporary-failure'],
    ['+447700900002', 'permanent-failure'],
    ['+447700900123', 'delivered'],
    ['+4915112345678', 'delivered'],
  ])('gives %s the status %s', async (to, status) => {
    expect(await new SimulatedSmsProvider().send(text(to))).toEqual({
      provider: 'simulated',
      reference: 'simulated-5a0c4b8e-0d5b-4c1a-9a7e-7c3f2b1d0e9f',
      status,
    });
  });
});
