/** Every command prints one JSON object with --json, or a sentence for people otherwise. */
export function printResult(json: boolean | undefined, result: Record<string, unknown>, sentence: string): void {
  process.stdout.write(json ? `${JSON.stringify(result)}\n` : `${sentence}\n`);
}

/** A mistake the operator can fix: printed without a stack trace, exit code 1. */
export class CliError extends Error {}

export function requireFound<T>(value: T | null, what: string): T {
  if (value === null) throw new CliError(`${what} not found`);
  return value;
}
