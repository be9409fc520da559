import { escapeHtml } from './html-entities';
import { fillPlaceholders } from './placeholder-filler';
import { Personalisation } from './personalisation';
import { applyTypography } from './typography';
import { normaliseWhitespace } from './whitespace';

/** A letter's heading as the API returns it (docs/api-contract.md §12.3): filled, HTML-escaped, typeset, one line. */
export function renderLetterSubject(subject: string, personalisation: Personalisation): string {
  return normaliseWhitespace(applyTypography(escapeHtml(fillPlaceholders(subject, personalisation, { lists: 'inline' }))));
}

/** The same heading as printed: no escaping, since the PDF is not HTML. */
export function renderLetterHeading(subject: string, personalisation: Personalisation): string {
  return normaliseWhitespace(applyTypography(fillPlaceholders(subject, personalisation, { lists: 'inline' })));
}
