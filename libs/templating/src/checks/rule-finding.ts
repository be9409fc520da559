import type { CheckFinding } from '@herald/domain';

/** What a rule finds; the severity is the service's setting for the rule, added when the report is made. */
export type RuleFinding = Omit<CheckFinding, 'severity'>;

/** A sentence's first words, as a finding shows it: enough to find it again in the editor. */
export function firstWords(text: string, count = 6): string {
  const words = text.trim().split(/\s+/);
  return words.length > count ? `${words.slice(0, count).join(' ')}…` : words.join(' ');
}
