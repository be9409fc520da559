import type { FieldProblem } from '../errors/field-problem';
import { InvalidFieldsError } from '../errors/invalid-fields.error';
import { KEY_TYPES, KeyType } from '../notifications/notification-types';

const MAX_NAME_LENGTH = 255;

/**
 * A new key's name and type, checked as the admin's form and `herald api-key create` both check
 * them: a name is needed, short enough, and not the name of another key the service still uses.
 */
export function checkNewApiKey(body: Record<string, unknown>, namesInUse: readonly string[]): { name: string; keyType: KeyType } {
  const problems: FieldProblem[] = [];
  const name = typeof body.name === 'string' ? body.name.trim() : '';
  if (!name) problems.push({ field: 'name', message: 'Enter a name for this key' });
  else if (name.length > MAX_NAME_LENGTH) problems.push({ field: 'name', message: `Key name must be ${MAX_NAME_LENGTH} characters or fewer` });
  else if (namesInUse.some((used) => used.toLowerCase() === name.toLowerCase()))
    problems.push({ field: 'name', message: 'A key with this name already exists' });
  const keyType = body.key_type;
  if (typeof keyType !== 'string' || !(KEY_TYPES as readonly string[]).includes(keyType)) problems.push({ field: 'key_type', message: 'Select a type of key' });
  if (problems.length) throw new InvalidFieldsError(problems);
  return { name, keyType: keyType as KeyType };
}
