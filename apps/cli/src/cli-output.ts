/** Every command prints one JSON object with --json, or a sentence for people otherwise. */
export function printResult(json: boolean | undefined, result: Record<string, unknown>, sentence: string): void {
  process.stdout.write(json ? `${JSON.stringify(result)}\n` : `${sentence}\n`);
}

/** A list prints one line per item (or a sentence when there is none), or one JSON object with --json. */
export function printList(
  json: boolean | undefined,
  key: string,
  items: ReadonlyArray<Record<string, unknown>>,
  line: (item: Record<string, unknown>) => string,
  none: string,
): void {
  if (json) process.stdout.write(`${JSON.stringify({ [key]: items })}\n`);
  else process.stdout.write(items.length ? `${items.map(line).join('\n')}\n` : `${none}\n`);
}
