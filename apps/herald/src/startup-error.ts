/** A start-up failure whose message already says what to do: printed as it is, without a stack. */
export class StartupError extends Error {
  override readonly name = 'StartupError';
}
