/** A register's stored settings cannot be used; the problems name settings, never their values. */
export class InvalidRegisterSettingsError extends Error {
  override readonly name = 'InvalidRegisterSettingsError';

  constructor(
    readonly register: string,
    readonly problems: readonly string[],
  ) {
    super(`Register ${register} has unusable settings: ${problems.join(' ')}`);
  }
}
