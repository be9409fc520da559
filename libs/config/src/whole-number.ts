import { ConfigError } from './config-error';

/** A whole-number setting from `min` to `max`, or `fallback` when it is not set. */
export function wholeNumber<Name extends string>(read: (name: Name) => string | undefined, name: Name, fallback: number, min: number, max: number): number {
  const raw = read(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max}, not "${raw}"`);
  }
  return value;
}
