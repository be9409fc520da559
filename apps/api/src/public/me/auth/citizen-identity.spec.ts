import type { RecipientKeys } from '@herald/persistence';
import { citizenIdentity } from './citizen-identity';

/** Keys that show what they were made from (the real ones are keyed hashes). */
const keys = {
  forIdentifier: ({ scheme, value }: { scheme: string; value: string }) => `id:${scheme}:${value.replace(/\s+/g, '').toUpperCase()}`,
  forEmail: (address: string) => (address.includes('@') ? `email:${address.toLowerCase()}` : null),
  forPhone: (number: string) => `phone:${number.replace(/\s+/g, '')}`,
} as unknown as RecipientKeys;
const settings = { identifierClaim: 'national_id', identifierScheme: 'nino' };

describe('a person’s identity from their sign-in’s claims', () => {
  it('maps the identifier claim and the verified email and phone to recipient keys, the identifier’s first', () => {
    const identity = citizenIdentity(
      {
        sub: 's1',
        name: 'Ann',
        national_id: 'qq 123456 c',
        email: 'Ann@example.com',
        email_verified: true,
        phone_number: '07700 900123',
        phone_number_verified: 'true',
      },
      settings,
      keys,
    );
    expect(identity.keys).toEqual(['id:nino:QQ123456C', 'email:ann@example.com', 'phone:07700900123']);
    expect(identity.preferenceKey).toBe('id:nino:QQ123456C');
    expect(identity.profile).toEqual({ name: 'Ann', email_address: 'Ann@example.com', phone_number: '07700 900123', identifier_scheme: 'nino' });
  });

  it('R-TR-1: never finds messages through an email address or phone number the identity service has not verified', () => {
    const identity = citizenIdentity({ sub: 's2', email: 'someone@example.com', email_verified: false, phone_number: '07700 900123' }, settings, keys);
    expect(identity.keys).toEqual([]);
    expect(identity.preferenceKey).toBeNull();
    expect(identity.profile).toEqual({ name: null, email_address: null, phone_number: null, identifier_scheme: null });
  });

  it('writes choices under the verified email’s key when there is no identifier', () => {
    expect(citizenIdentity({ sub: 's3', email: 'b@example.com', email_verified: true }, settings, keys).preferenceKey).toBe('email:b@example.com');
  });
});
