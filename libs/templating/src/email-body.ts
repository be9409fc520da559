import { fillPlaceholders } from './placeholder-filler';
import { Personalisation } from './personalisation';
import { pythonStrip } from './whitespace';

/**
 * The API's `content.body`: the raw filled markdown (lists as bullets), trimmed at both ends and
 * otherwise untouched, CRLF included. The HTML and plain-text parts are rendered from it.
 */
export function renderEmailBody(content: string, personalisation: Personalisation): string {
  return pythonStrip(fillPlaceholders(content, personalisation, { lists: 'bullets' }));
}
