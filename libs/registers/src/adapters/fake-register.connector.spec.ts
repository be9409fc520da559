import { FakeRegisterConnector } from './fake-register.connector';

const SETTINGS = {
  schemes: ['nino'],
  people: [
    {
      scheme: 'nino',
      value: 'QQ123456C',
      contact: { email_address: 'jo@example.com', language: 'cy', format_needs: ['large_print'] },
      declined_purposes: ['marketing'],
    },
  ],
};
const REASON = { purpose: 'benefit-letter', messageId: '8f1c4c1e-1111-4222-8333-944444444444', userId: null };
const JO = { scheme: 'nino', value: 'QQ123456C' };

describe('the fake register adapter', () => {
  it('finds a person it holds, with only the fields asked for', async () => {
    const result = await new FakeRegisterConnector('fake', SETTINGS).lookupContact(JO, REASON, ['email_address', 'format_needs', 'phone_number']);
    expect(result).toEqual({ outcome: 'found', contact: { email_address: 'jo@example.com', format_needs: ['large_print'] }, requestHash: null, detail: null });
  });

  it('answers not_found for a person it does not hold', async () => {
    const result = await new FakeRegisterConnector('fake', SETTINGS).lookupContact({ scheme: 'nino', value: 'QQ000000A' }, REASON, ['email_address']);
    expect(result.outcome).toBe('not_found');
  });

  it('answers not_found for a scheme it does not answer, even with the same value', async () => {
    const result = await new FakeRegisterConnector('fake', SETTINGS).lookupContact({ scheme: 'passport', value: 'QQ123456C' }, REASON, ['email_address']);
    expect(result).toMatchObject({ outcome: 'not_found', contact: null });
  });

  it('answers declined for a purpose the person refused', async () => {
    const result = await new FakeRegisterConnector('fake', SETTINGS).lookupContact(JO, { ...REASON, purpose: 'marketing' }, ['email_address']);
    expect(result).toEqual({ outcome: 'declined', contact: null, requestHash: null, detail: null });
  });

  it('gives nothing it does not hold, whatever its people list says', async () => {
    const result = await new FakeRegisterConnector('fake', { ...SETTINGS, fields: ['language'] }).lookupContact(JO, REASON, ['email_address', 'language']);
    expect(result.contact).toEqual({ language: 'cy' });
  });

  it('R-OO-5: keeps the undeliverable reports it is given', async () => {
    const fake = new FakeRegisterConnector('fake', SETTINGS);
    await fake.reportUndeliverable(JO, { field: 'email_address', messageId: REASON.messageId, purpose: 'benefit-letter', status: 'permanent-failure' });
    expect(fake.reports).toEqual([
      { identifier: JO, field: 'email_address', messageId: REASON.messageId, purpose: 'benefit-letter', status: 'permanent-failure' },
    ]);
  });
});
