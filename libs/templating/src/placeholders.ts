export type Personalisation = Record<string, unknown>;

/** A placeholder as written, and its key: lower-cased without spaces, underscores or hyphens. */
export interface Placeholder {
  readonly name: string;
  readonly key: string;
}

export const PLACEHOLDER = /\(\(([^()]+?)\)\)/g;

export const placeholderKey = (name: string): string => name.toLowerCase().replace(/[\s_-]/g, '');

/** The name before `??` of a conditional placeholder, or the whole name. */
export const placeholderName = (inner: string): string => inner.split('??')[0];

/** Every placeholder in the texts, in order, first spelling kept, once per key. */
export function placeholdersIn(...texts: string[]): Placeholder[] {
  const seen = new Map<string, Placeholder>();
  for (const text of texts) {
    for (const match of text.matchAll(PLACEHOLDER)) {
      const name = placeholderName(match[1]);
      const key = placeholderKey(name);
      if (!seen.has(key)) seen.set(key, { name, key });
    }
  }
  return [...seen.values()];
}

/** Looks a value up the way Notify matches names: ignoring case, spaces, underscores and hyphens. */
export function lookup(personalisation: Personalisation, name: string): unknown {
  const key = placeholderKey(name);
  for (const [given, value] of Object.entries(personalisation)) {
    if (placeholderKey(given) === key) return value;
  }
  return undefined;
}

/** Names (as first written) whose value is absent or null; an empty string counts as given. */
export function missingPersonalisation(texts: string[], personalisation: Personalisation): string[] {
  return placeholdersIn(...texts)
    .filter(({ name }) => {
      const value = lookup(personalisation, name);
      return value === undefined || value === null;
    })
    .map(({ name }) => name);
}
