/** `--name N` from the command line, or `fallback`; a value that is not a positive number stops the run with a message naming the option. */
export function numberOption(name: string, fallback: number, argv: readonly string[] = process.argv.slice(2)): number {
  const index = argv.indexOf(`--${name}`);
  if (index < 0) return fallback;
  const value = Number(argv[index + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} takes a positive number, e.g. --${name} ${fallback}`);
  return value;
}

/** `--name value` from the command line, one of `choices`, or undefined when absent. */
export function choiceOption<T extends string>(name: string, choices: readonly T[], argv: readonly string[] = process.argv.slice(2)): T | undefined {
  const index = argv.indexOf(`--${name}`);
  if (index < 0) return undefined;
  const value = argv[index + 1] as T;
  if (!choices.includes(value)) throw new Error(`--${name} takes one of ${choices.join(', ')}`);
  return value;
}

/** Whether `--name` is on the command line. */
export function flag(name: string, argv: readonly string[] = process.argv.slice(2)): boolean {
  return argv.includes(`--${name}`);
}

/** Everything is closed by now; if something still holds the process open, say what and leave. */
export function exitIfStuck(): void {
  setTimeout(() => {
    console.error(`Still running 10 s after the benchmark finished; open handles: ${process.getActiveResourcesInfo().join(', ')}`);
    process.exit(process.exitCode ?? 1);
  }, 10_000).unref();
}
