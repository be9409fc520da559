/**
 * The download link's path segments: each UUID's 16 bytes in base64url, as Notify's document
 * download links carry them (`/d/<service>/<document>?key=<secret>`).
 */
export function encodeUuid(uuid: string): string {
  return Buffer.from(uuid.replace(/-/g, ''), 'hex').toString('base64url');
}

/** The UUID back from a link segment, or null when the segment is not one. */
export function decodeUuid(segment: string): string | null {
  if (!/^[A-Za-z0-9_-]{22}$/.test(segment)) return null;
  const hex = Buffer.from(segment, 'base64url').toString('hex');
  if (hex.length !== 32) return null;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function documentLink(baseUrl: string, serviceId: string, documentId: string, key: string): string {
  return `${baseUrl}/d/${encodeUuid(serviceId)}/${encodeUuid(documentId)}?key=${key}`;
}
