import type { FieldProblem } from '@herald/domain';
import { fieldErrors } from '../../errors/notify-error';
import { passwordProblem } from './password-policy';

export interface NewAccountFields {
  readonly name: string;
  readonly password: string;
  readonly authType: 'email' | 'totp';
}

/** A new account's name, password and second factor from a request body, or 400 naming each field to fix. */
export function newAccountFields(body: Record<string, unknown>, fallbackName: string | null): NewAccountFields {
  const name = (typeof body.name === 'string' ? body.name.trim() : '') || (fallbackName ?? '');
  const password = typeof body.password === 'string' ? body.password : '';
  const authType = body.authType;
  const problems: FieldProblem[] = [];
  if (name === '') problems.push({ field: 'name', message: 'Enter your full name' });
  else if (name.length > 255) problems.push({ field: 'name', message: 'Your name must be 255 characters or fewer' });
  const weak = password === '' ? { field: 'password', message: 'Enter a password' } : passwordProblem(password, 'password');
  if (weak) problems.push(weak);
  if (authType !== 'email' && authType !== 'totp') problems.push({ field: 'authType', message: 'Choose how you want to get your security code' });
  if (problems.length > 0) throw fieldErrors(problems);
  return { name, password, authType: authType as 'email' | 'totp' };
}
