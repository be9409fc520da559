import { FillableText } from './placeholder-filler';
import { Personalisation } from './personalisation';
import { applyTypography } from './typography';
import { normaliseWhitespace } from './whitespace';

/** The subject as sent and as returned by the API: filled (lists inline), typeset, on one line. */
export function renderEmailSubject(subject: string | FillableText, personalisation: Personalisation): string {
  const fillable = typeof subject === 'string' ? new FillableText(subject) : subject;
  return normaliseWhitespace(applyTypography(fillable.fill(personalisation, { lists: 'inline' })));
}
