import { fillPlaceholders } from './placeholder-filler';
import { Personalisation } from './personalisation';
import { VariantLanguageInput, withoutLanguageMarkers } from './language-blocks';
import { countFragments, needsUnicode, sanitiseForSms } from './sms-encoding';
import { normaliseWhitespace, pythonStrip } from './whitespace';

// The limit is a rule of the domain (the admin's and the CLI's template checks use it too).
export { SMS_CHARACTER_LIMIT } from '@herald/domain';

export interface RenderedSms {
  /** The text without the service-name prefix: what the API returns. */
  readonly body: string;
  /** The text with the prefix when the service has one: what is sent. */
  readonly fullText: string;
  /** Fragments of `fullText`: the billable units. */
  readonly fragmentCount: number;
  readonly isUnicode: boolean;
  /** Length of `body` in UTF-16 code units, for the 918-character limit. */
  readonly characterCount: number;
}

export interface SmsRenderOptions {
  /** The service name when the service prefixes its texts, else null. */
  readonly prefix: string | null;
  /**
   * The template-set variant's language (R-LF-6): a `bilingual` text is sent with its
   * `[[cy]]`/`[[en]]` markers removed, both texts kept, a blank line between them.
   */
  readonly language?: VariantLanguageInput;
}

const SPACE_BEFORE_PUNCTUATION = /(?<![ \t])[ \t]+([,.])/g;
// Python's str.splitlines() boundaries, so CRLF, lone CR and the rarer separators all end a line.
const LINE_BREAK = /\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/;
const THREE_OR_MORE_NEWLINES = /\n{3,}/g;

/** A text message as Notify's `SMSMessageTemplate` produces it (docs/api-contract.md §13.3). */
export function renderSms(content: string, personalisation: Personalisation, options: SmsRenderOptions): RenderedSms {
  // Markers go before filling, so a personalisation value that looks like one is sent as written.
  const text = options.language === 'bilingual' ? withoutLanguageMarkers(content) : content;
  const filled = fillPlaceholders(text, personalisation, { lists: 'inline' });
  const body = tidy(filled);
  const fullText = options.prefix ? tidy(`${options.prefix}: ${filled}`) : body;
  return {
    body,
    fullText,
    fragmentCount: countFragments(fullText),
    isUnicode: needsUnicode(fullText),
    characterCount: body.length,
  };
}

function tidy(text: string): string {
  const lines = text.replace(SPACE_BEFORE_PUNCTUATION, '$1').split(LINE_BREAK).map(normaliseWhitespace);
  return sanitiseForSms(pythonStrip(lines.join('\n').replace(THREE_OR_MORE_NEWLINES, '\n\n')));
}
