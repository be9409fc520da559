/**
 * The part of a key that Redis Cluster hashes to choose the key's slot: the text between the first
 * `{` and the first `}` after it when that text is not empty, otherwise the whole key. Keys with
 * the same hash tag always share a slot.
 */
export function hashTagOf(key: string): string {
  const open = key.indexOf('{');
  if (open === -1) return key;
  const close = key.indexOf('}', open + 1);
  return close === -1 || close === open + 1 ? key : key.slice(open + 1, close);
}
