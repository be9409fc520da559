import { hash } from 'bcryptjs';

/** bcrypt's cost factor for admin passwords. */
const BCRYPT_ROUNDS = 12;

export function hashPassword(password: string): Promise<string> {
  return hash(password, BCRYPT_ROUNDS);
}
