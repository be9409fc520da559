import { badRequest } from '../../../errors/notify-error';

/** Python's `base64.b64decode`: characters outside the alphabet are dropped, bad padding fails. */
export function decodeLetterContent(content: string): Buffer {
  const cleaned = content.replace(/[^A-Za-z0-9+/=]/g, '');
  if (cleaned.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(cleaned)) {
    throw badRequest('Cannot decode letter content (invalid base64 encoding)');
  }
  return Buffer.from(cleaned, 'base64');
}
