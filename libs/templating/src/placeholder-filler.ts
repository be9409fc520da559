import { parsePlaceholderBody, PLACEHOLDER_PATTERN } from './placeholder-parser';
import { isAbsent, normaliseKey, Personalisation, personalisationByKey } from './personalisation';
import { formatValue, ListStyle, showsConditional } from './value-formatting';

export interface FillOptions {
  lists: ListStyle;
}

interface PlaceholderPart {
  /** As written, `((` and `))` included: what stays when there is no value. */
  readonly written: string;
  readonly key: string;
  readonly conditionalText: string | null;
}

/**
 * A template text split at its placeholders once (a template version is compiled once and filled
 * for every recipient): filling it joins the parts, without searching the text again.
 */
export class FillableText {
  private readonly parts: ReadonlyArray<string | PlaceholderPart>;

  constructor(readonly source: string) {
    const parts: Array<string | PlaceholderPart> = [];
    let end = 0;
    for (const match of source.matchAll(PLACEHOLDER_PATTERN)) {
      if (match.index > end) parts.push(source.slice(end, match.index));
      const { name, conditionalText } = parsePlaceholderBody(match[1]);
      parts.push({ written: match[0], key: normaliseKey(name), conditionalText });
      end = match.index + match[0].length;
    }
    if (end < source.length) parts.push(source.slice(end));
    this.parts = parts;
  }

  /** See fillPlaceholders. */
  fill(personalisation: Personalisation, options: FillOptions): string {
    const values = personalisationByKey(personalisation);
    let filled = '';
    for (const part of this.parts) filled += typeof part === 'string' ? part : fillOne(part, values, options);
    return filled;
  }
}

function fillOne(placeholder: PlaceholderPart, values: Map<string, unknown>, options: FillOptions): string {
  const value = values.get(placeholder.key);
  if (isAbsent(value)) return placeholder.written;
  if (placeholder.conditionalText !== null) return showsConditional(value) ? placeholder.conditionalText : '';
  return formatValue(value, options.lists);
}

/**
 * Replaces every placeholder that has a value, in one pass: values are inserted as data (never
 * escaped here, never searched for placeholders again). A placeholder without a value is left
 * as written; callers check missingPersonalisation first.
 */
export function fillPlaceholders(text: string, personalisation: Personalisation, options: FillOptions): string {
  return new FillableText(text).fill(personalisation, options);
}
