import { notifyToken } from '@herald/testing';
import { decodeToken, hasValidSignature } from './jwt-token';

describe('Notify JWTs', () => {
  const secret = '6d8b0c8e-1d5f-4c7b-9f53-2c5d0a1e7a11';

  it('decodes the header and claims the Notify clients send', () => {
    const token = decodeToken(notifyToken(secret, { iss: 'service', iat: 1700000000 }));
    expect(token?.header).toEqual({ typ: 'JWT', alg: 'HS256' });
    expect(token?.claims).toEqual({ iss: 'service', iat: 1700000000 });
  });

  it('verifies a signature made with the secret’s UTF-8 bytes', () => {
    const token = decodeToken(notifyToken(secret, { iss: 'service', iat: 1 }))!;
    expect(hasValidSignature(token, secret)).toBe(true);
  });

  it('rejects a signature made with another secret', () => {
    const token = decodeToken(notifyToken('another-secret', { iss: 'service', iat: 1 }))!;
    expect(hasValidSignature(token, secret)).toBe(false);
  });

  it('rejects claims changed after signing', () => {
    const [header, , signature] = notifyToken(secret, { iss: 'service', iat: 1 }).split('.');
    const forged = `${header}.${Buffer.from(JSON.stringify({ iss: 'other', iat: 1 })).toString('base64url')}.${signature}`;
    expect(hasValidSignature(decodeToken(forged)!, secret)).toBe(false);
  });

  it.each(['', 'abc', 'a.b', 'a.b.c.d', `${Buffer.from('[]').toString('base64url')}.${Buffer.from('{}').toString('base64url')}.x`])(
    'treats %p as not a JWT',
    (text) => expect(decodeToken(text)).toBeNull(),
  );
});
