import { randomBytes } from 'node:crypto';
import { FieldCipher } from './field-cipher';

describe('FieldCipher', () => {
  const cipher = new FieldCipher(randomBytes(32));

  it('round-trips text without storing it in the clear', () => {
    const stored = cipher.encrypt('jo@example.gov.uk');
    expect(stored).not.toContain('jo@example');
    expect(cipher.decrypt(stored)).toBe('jo@example.gov.uk');
  });

  it('uses a fresh nonce each time', () => {
    expect(cipher.encrypt('same')).not.toBe(cipher.encrypt('same'));
  });

  it('never uses a nonce twice, across refills of its pool of nonces', () => {
    const nonces = Array.from({ length: 2000 }, () => Buffer.from(cipher.encrypt('x').slice(3), 'base64').subarray(0, 12).toString('hex'));
    expect(new Set(nonces).size).toBe(nonces.length);
  });

  it('refuses a value that was tampered with', () => {
    const stored = cipher.encrypt('secret');
    const bytes = Buffer.from(stored.slice(3), 'base64');
    bytes[bytes.length - 1] ^= 1;
    expect(() => cipher.decrypt(`v1.${bytes.toString('base64')}`)).toThrow();
  });

  it('cannot be read with another key', () => {
    expect(() => new FieldCipher(randomBytes(32)).decrypt(cipher.encrypt('secret'))).toThrow();
  });

  it('hashes the same value the same way', () => {
    expect(cipher.hash('a')).toBe(cipher.hash('a'));
    expect(cipher.hash('a')).not.toBe(cipher.hash('b'));
  });
});
