import { fillPlaceholders } from './fill-placeholders';
import { Personalisation } from './placeholders';
import { applyTypography, collapseWhitespace } from './typography';

/** The subject as sent and returned: filled, typography applied, whitespace collapsed. */
export function renderEmailSubject(subject: string, personalisation: Personalisation): string {
  return collapseWhitespace(applyTypography(fillPlaceholders(subject, personalisation, { lists: 'inline' })));
}

/** The raw filled body (the API's `content.body`): lists as bullets, trimmed, nothing else changed. */
export function renderEmailBody(content: string, personalisation: Personalisation): string {
  return fillPlaceholders(content, personalisation, { lists: 'bullets' }).trim();
}
