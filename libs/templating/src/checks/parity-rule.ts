import { Placeholder, placeholdersIn } from '../placeholder-parser';
import type { CheckableVariant } from './checkable-template';
import type { RuleFinding } from './rule-finding';

/** Letters take these from the recipient's address, so no other variant needs them (as R-RT-5's publish check). */
const ADDRESS_KEYS = new Set(['addressline1', 'addressline2', 'addressline3', 'addressline4', 'addressline5', 'addressline6', 'addressline7', 'postcode']);

/** How a finding names its variant: `email:en`, `letter:bilingual` (an ordinary variant is `en`). */
export const variantTag = (variant: Pick<CheckableVariant, 'channel' | 'language'>): string => `${variant.channel}:${variant.language ?? 'en'}`;

/** The placeholders a variant is filled from: every text of it, less the address a letter takes from its recipient. */
function personalisedPlaceholders(variant: CheckableVariant): Map<string, Placeholder> {
  const all = placeholdersIn(variant.subject ?? '', variant.content, variant.welshSubject ?? '', variant.welshContent ?? '');
  return new Map(all.filter((placeholder) => !ADDRESS_KEYS.has(placeholder.key)).map((placeholder) => [placeholder.key, placeholder]));
}

/**
 * R-CK-7 and R-RT-5: every variant can be rendered from the same personalisation. One finding per
 * variant per placeholder that another variant uses and it does not.
 */
export function parityFindings(variants: readonly CheckableVariant[]): RuleFinding[] {
  const used = variants.map(personalisedPlaceholders);
  const union = new Map<string, Placeholder>();
  for (const placeholders of used) for (const [key, placeholder] of placeholders) if (!union.has(key)) union.set(key, placeholder);
  return variants.flatMap((variant, index) =>
    [...union.values()]
      .filter((placeholder) => !used[index].has(placeholder.key))
      .map((placeholder) => {
        const users = variants.filter((_, other) => used[other].has(placeholder.key)).map(variantTag);
        return {
          rule: 'parity' as const,
          field: null,
          start: null,
          end: null,
          text: `((${placeholder.name}))`,
          message: `${variantTag(variant)} does not use ((${placeholder.name})), which ${users.join(', ')} ${users.length === 1 ? 'uses' : 'use'}: every variant must work with the same personalisation`,
          suggestion: `Add ((${placeholder.name})) to this variant, or remove it from the others`,
          variant: variantTag(variant),
        };
      }),
  );
}
