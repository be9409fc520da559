import { fillPlaceholders } from './placeholder-filler';
import { Personalisation } from './personalisation';
import { applyTypography } from './typography';
import { normaliseWhitespace } from './whitespace';

/** The subject as sent and as returned by the API: filled (lists inline), typeset, on one line. */
export function renderEmailSubject(subject: string, personalisation: Personalisation): string {
  return normaliseWhitespace(applyTypography(fillPlaceholders(subject, personalisation, { lists: 'inline' })));
}
