/** A JSON body's field as trimmed text ('' when missing or not text). */
export const textField = (body: Record<string, unknown>, name: string): string => (typeof body[name] === 'string' ? (body[name] as string).trim() : '');

/** `true`, `'true'`, `'on'` and `'yes'` are yes. */
export const yesField = (body: Record<string, unknown>, name: string): boolean => [true, 'true', 'on', 'yes'].includes(body[name] as string | boolean);

/** An object field (`{ email: '1000' }`) or an empty one. */
export const objectField = (body: Record<string, unknown>, name: string): Record<string, unknown> => {
  const value = body[name];
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
};
