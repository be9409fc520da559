import { badRequest, KeyType } from '@herald/domain';

/** Letters and key types (section 6): team keys never, live keys only once the service is live. */
export function assertKeyMaySendLetters(keyType: KeyType, restricted: boolean): void {
  if (keyType === 'team') throw badRequest('Cannot send letters with a team api key', 403);
  if (restricted && keyType !== 'test') throw badRequest('Cannot send letters when service is in trial mode', 403);
}

/** Python's `base64.b64decode`: characters outside the alphabet are dropped, bad padding fails. */
export function decodeLetterContent(content: string): Buffer {
  const cleaned = content.replace(/[^A-Za-z0-9+/=]/g, '');
  if (cleaned.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(cleaned)) {
    throw badRequest('Cannot decode letter content (invalid base64 encoding)');
  }
  return Buffer.from(cleaned, 'base64');
}
