import { randomBytes } from 'node:crypto';
import { SealedValues } from './sealed-values';

describe('SealedValues: a one-off send’s values in its letter image addresses', () => {
  const sealed = new SealedValues(randomBytes(32));
  const values = { 'address line 1': 'Ada Lovelace', postcode: 'SW1A 1AA', name: 'Ada' };

  it('opens what it sealed, for the same template', () => {
    expect(sealed.open(sealed.seal(values, 'service/template'), 'service/template')).toEqual(values);
  });

  it('keeps the values out of sight in the token', () => {
    const token = sealed.seal(values, 'service/template');
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(token, 'base64url').toString('latin1')).not.toContain('Lovelace');
  });

  it('refuses a token sealed for another template, by another admin, changed, or missing', () => {
    const token = sealed.seal(values, 'service/template');
    expect(sealed.open(token, 'service/other-template')).toBeNull();
    expect(new SealedValues(randomBytes(32)).open(token, 'service/template')).toBeNull();
    const changed = Buffer.from(token, 'base64url');
    changed[changed.length - 1] ^= 1;
    expect(sealed.open(changed.toString('base64url'), 'service/template')).toBeNull();
    expect(sealed.open('short', 'service/template')).toBeNull();
    expect(sealed.open(undefined, 'service/template')).toBeNull();
  });
});
