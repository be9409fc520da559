import type { FieldProblem } from '@herald/domain';

export const MIN_PASSWORD_LENGTH = 8;

/** Passwords that are long enough but guessed first; compared lower-cased. */
const COMMON_PASSWORDS = new Set([
  'password',
  'password1',
  'password12',
  'password123',
  'passw0rd',
  'p@ssw0rd',
  'p@ssword',
  '12345678',
  '123456789',
  '1234567890',
  '87654321',
  '11111111',
  '00000000',
  'qwertyui',
  'qwerty123',
  'qwertyuiop',
  'iloveyou',
  'sunshine',
  'football',
  'baseball',
  'letmein1',
  'welcome1',
  'welcome123',
  'admin123',
  'administrator',
  'abc12345',
  'abcd1234',
  'trustno1',
  'princess',
  'superman',
  'starwars',
  'whatever',
  'changeme',
  'monkey123',
  'dragon123',
  'computer',
  'internet',
  'michelle',
  'jennifer',
  'liverpool',
  'chelsea1',
  'arsenal1',
  'herald123',
  'notify123',
  'govuk123',
  'london123',
  'summer2024',
  'summer2025',
  'winter2025',
  'spring2026',
]);

/** What is wrong with a new password, if anything, as a problem of `field`. */
export function passwordProblem(password: string, field: string): FieldProblem | null {
  if (password.length < MIN_PASSWORD_LENGTH) return { field, message: `Your password must be at least ${MIN_PASSWORD_LENGTH} characters` };
  if (password.length > 200) return { field, message: 'Your password must be 200 characters or fewer' };
  if (COMMON_PASSWORDS.has(password.toLowerCase())) return { field, message: 'Choose a password that is harder to guess' };
  return null;
}
