/** Personalisation exactly as it arrives in the API's JSON body. */
export type Personalisation = Record<string, unknown>;

/**
 * Notify matches placeholder names ignoring case, spaces, underscores and hyphens, so
 * `((First Name))` is filled by `first_name`, `FIRSTNAME` or `first-name`.
 */
export function normaliseKey(name: string): string {
  return name.replace(/[ _-]/g, '').toLowerCase();
}

/** Values by normalised key. When two keys normalise alike the later one wins, as in Notify. */
export function personalisationByKey(personalisation: Personalisation): Map<string, unknown> {
  const byKey = new Map<string, unknown>();
  for (const [name, value] of Object.entries(personalisation)) {
    byKey.set(normaliseKey(name), value);
  }
  return byKey;
}

/** Absent and JSON null both count as "no value"; an empty string is a value. */
export function isAbsent(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}
