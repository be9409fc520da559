import { escapeAttribute, escapeHtml } from './html-entities';
import { linkHref } from './link-url';
import { MarkdownFormat, renderMarkdown } from './markdown-renderer';
import {
  BULLET_LIST_STYLE,
  HEADING_STYLE,
  INSET_STYLE,
  LINK_STYLE,
  LIST_CELL_STYLE,
  LIST_ITEM_STYLE,
  LIST_TABLE_STYLE,
  NUMBER_LIST_STYLE,
  PARAGRAPH_STYLE,
  RULE_STYLE,
  SUBHEADING_STYLE,
} from './email-html-styles';
import { applyHtmlTypography } from './typography';

const paragraph = (html: string) => (html.trim() === '' ? '' : `<p style="${PARAGRAPH_STYLE}">${html}</p>`);

/** Email HTML with inline styles, as Notify's email layout expects. All text is escaped here. */
const EMAIL_HTML: MarkdownFormat = {
  paragraph,
  itemText: (html) => html,
  // `#` is the largest heading a body may have (the subject is above it), so it renders as <h2>.
  heading: (level, html) => {
    if (level === 1) return `<h2 style="${HEADING_STYLE}">${html}</h2>`;
    if (level === 2) return `<h3 style="${SUBHEADING_STYLE}">${html}</h3>`;
    return paragraph(html);
  },
  rule: () => `<hr style="${RULE_STYLE}">`,
  code: (text) => escapeHtml(text),
  quote: (html) => `<blockquote style="${INSET_STYLE}">${html}</blockquote>`,
  list: (ordered, items) => {
    const [tag, style] = ordered ? ['ol', NUMBER_LIST_STYLE] : ['ul', BULLET_LIST_STYLE];
    const body = items.map((html) => `<li style="${LIST_ITEM_STYLE}">${html}</li>`).join('');
    return (
      `<table role="presentation" style="${LIST_TABLE_STYLE}"><tr><td style="${LIST_CELL_STYLE}">` +
      `<${tag} style="${style}">${body}</${tag}></td></tr></table>`
    );
  },
  blockBreak: () => '<br>',
  text: (text) => escapeHtml(text),
  lineBreak: () => '<br>',
  link: (url, title, html) => {
    const titleAttribute = title ? ` title="${escapeAttribute(title)}"` : '';
    return `<a style="${LINK_STYLE}" href="${escapeAttribute(linkHref(url))}"${titleAttribute}>${html}</a>`;
  },
  autolink: (url) => `<a style="${LINK_STYLE}" href="${escapeAttribute(linkHref(url))}">${escapeHtml(url)}</a>`,
};

/**
 * The HTML fragment for a filled email body, in Notify's restricted markdown. All text is
 * escaped here (existing `&amp;` and `&nbsp;` kept), so values can never inject markup.
 */
export function emailMarkdownToHtml(filledBody: string): string {
  return applyHtmlTypography(renderMarkdown(filledBody, EMAIL_HTML));
}
