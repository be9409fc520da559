import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { CompiledEmailTemplate } from './compiled-email-template';
import { renderEmailBody } from './email-body';
import { BrandingLayoutData, brandingLayoutData, EmailBrandingInput } from './email-branding';
import { emailMarkdownToHtml } from './email-markdown-html';
import { emailMarkdownToText } from './email-markdown-text';
import { preheaderFrom } from './email-preheader';
import { renderEmailSubject } from './email-subject';
import { VariantLanguageInput } from './language-blocks';
import { Personalisation } from './personalisation';
import { findEmailTemplatesDir } from './templates-dir';

/** What one email adds to its template version: the recipient's data and the sending service. */
export interface EmailRenderData {
  personalisation: Personalisation;
  serviceName: string;
  unsubscribeUrl?: string | null;
  /** The service's email branding (colour, banner text, logo); the plain header without it. */
  branding?: EmailBrandingInput | null;
}

export interface EmailRenderInput extends EmailRenderData {
  subject: string;
  content: string;
  /**
   * The template-set variant's language (R-LF-2): the `<html lang>`; a `bilingual` body's
   * `[[cy]]…[[/cy]]` and `[[en]]…[[/en]]` blocks each get their own `lang`. Null: English, as before.
   */
  language?: VariantLanguageInput;
}

export interface RenderedEmail {
  /** Filled and typeset subject: the API's `content.subject` and the email's Subject header. */
  subject: string;
  /** Filled markdown: the API's `content.body`. */
  body: string;
  /** The full HTML document sent as the email's HTML part. */
  html: string;
  /** The email's plain-text part. */
  text: string;
}

interface HtmlLayoutData {
  lang: string;
  subject: string;
  serviceName: string;
  preheader: string;
  bodyHtml: string;
  branding: BrandingLayoutData | null;
}

interface TextLayoutData {
  subject: string;
  serviceName: string;
  bodyText: string;
}

/**
 * Renders an email template version with personalisation. The two handlebars layouts are
 * compiled once, here; personalisation only ever reaches them as data (subject and service
 * name escaped by handlebars, the body as HTML this library escaped itself).
 */
export class EmailRenderer {
  private readonly htmlLayout: Handlebars.TemplateDelegate<HtmlLayoutData>;
  private readonly textLayout: Handlebars.TemplateDelegate<TextLayoutData>;

  /** @param templatesDir the folder holding layout.html.hbs and layout.text.hbs */
  constructor(templatesDir: string = findEmailTemplatesDir(__dirname)) {
    const handlebars = Handlebars.create();
    const options = { strict: true, knownHelpersOnly: true };
    this.htmlLayout = handlebars.compile<HtmlLayoutData>(readLayout(templatesDir, 'layout.html.hbs'), options);
    this.textLayout = handlebars.compile<TextLayoutData>(readLayout(templatesDir, 'layout.text.hbs'), options);
  }

  render(input: EmailRenderInput): RenderedEmail {
    return this.renderCompiled(new CompiledEmailTemplate(input), input);
  }

  /** The same email from a template version compiled once (CompiledEmailTemplate), for a version sent to many. */
  renderCompiled(template: CompiledEmailTemplate, data: EmailRenderData): RenderedEmail {
    const subject = renderEmailSubject(template.subject, data.personalisation);
    const body = renderEmailBody(template.content, data.personalisation);
    const { bodyHtml, bodyText } = template.bilingual ? bilingualBody(template, data) : plainBody(body, data.unsubscribeUrl);
    const { serviceName } = data;
    return {
      subject,
      body,
      html: this.htmlLayout({
        lang: template.lang,
        subject,
        serviceName,
        preheader: preheaderFrom(bodyText),
        bodyHtml,
        branding: brandingLayoutData(data.branding, serviceName),
      }),
      text: this.textLayout({ subject, serviceName, bodyText }),
    };
  }
}

interface BodyParts {
  bodyHtml: string;
  bodyText: string;
}

function plainBody(body: string, unsubscribeUrl: string | null | undefined): BodyParts {
  const markdown = withUnsubscribeFooter(body, unsubscribeUrl);
  return { bodyHtml: emailMarkdownToHtml(markdown), bodyText: emailMarkdownToText(markdown) };
}

/**
 * Each block is split off before filling, so a personalisation value can never open or close one,
 * then rendered on its own inside one element carrying its `lang`. The plain text keeps every
 * block's text, markers dropped, one blank line between blocks.
 */
function bilingualBody(template: CompiledEmailTemplate, data: EmailRenderData): BodyParts {
  const blocks = template.blocks
    .map((block) => ({ lang: block.lang, markdown: renderEmailBody(block.text, data.personalisation) }))
    .filter((block) => block.markdown !== '');
  const footer = withUnsubscribeFooter('', data.unsubscribeUrl);
  const html = blocks.map(({ lang, markdown }) => (lang ? `<div lang="${lang}">${emailMarkdownToHtml(markdown)}</div>` : emailMarkdownToHtml(markdown)));
  return {
    bodyHtml: [...html, footer ? emailMarkdownToHtml(footer) : ''].join(''),
    bodyText: emailMarkdownToText(withUnsubscribeFooter(blocks.map((block) => block.markdown).join('\n\n'), data.unsubscribeUrl)),
  };
}

function readLayout(templatesDir: string, fileName: string): string {
  return readFileSync(join(templatesDir, fileName), 'utf8');
}

// The angle brackets keep a URL containing spaces or parentheses in one piece.
function withUnsubscribeFooter(body: string, unsubscribeUrl: string | null | undefined): string {
  return unsubscribeUrl ? `${body}\n\n---\n\n[Unsubscribe from these emails](<${unsubscribeUrl}>)` : body;
}
