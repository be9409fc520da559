import { FillableText } from './placeholder-filler';
import { Personalisation } from './personalisation';
import { pythonStrip } from './whitespace';

/**
 * The API's `content.body`: the raw filled markdown (lists as bullets), trimmed at both ends and
 * otherwise untouched, CRLF included. The HTML and plain-text parts are rendered from it.
 */
export function renderEmailBody(content: string | FillableText, personalisation: Personalisation): string {
  const fillable = typeof content === 'string' ? new FillableText(content) : content;
  return pythonStrip(fillable.fill(personalisation, { lists: 'bullets' }));
}
