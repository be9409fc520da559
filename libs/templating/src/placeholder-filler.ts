import { parsePlaceholderBody, PLACEHOLDER_PATTERN } from './placeholder-parser';
import { isAbsent, normaliseKey, Personalisation, personalisationByKey } from './personalisation';
import { formatValue, ListStyle, showsConditional } from './value-formatting';

export interface FillOptions {
  lists: ListStyle;
}

/**
 * Replaces every placeholder that has a value, in one pass: values are inserted as data (never
 * escaped here, never searched for placeholders again). A placeholder without a value is left
 * as written; callers check missingPersonalisation first.
 */
export function fillPlaceholders(text: string, personalisation: Personalisation, options: FillOptions): string {
  const values = personalisationByKey(personalisation);
  return text.replace(PLACEHOLDER_PATTERN, (placeholder: string, body: string) => {
    const { name, conditionalText } = parsePlaceholderBody(body);
    const value = values.get(normaliseKey(name));
    if (isAbsent(value)) return placeholder;
    if (conditionalText !== null) return showsConditional(value) ? conditionalText : '';
    return formatValue(value, options.lists);
  });
}
