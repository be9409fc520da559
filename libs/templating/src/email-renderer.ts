import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Handlebars from 'handlebars';
import { emailMarkdownToHtml, emailMarkdownToText } from './email-markdown';
import { Personalisation } from './placeholders';
import { renderEmailBody, renderEmailSubject } from './render-email-text';

export interface RenderedEmail {
  readonly subject: string;
  readonly body: string;
  readonly html: string;
  readonly text: string;
}

export interface EmailToRender {
  readonly subject: string;
  readonly content: string;
  readonly personalisation: Personalisation;
  readonly serviceName: string;
  readonly unsubscribeUrl?: string | null;
}

/** Walks up from this file to the repository's `templates/` (works from source and from dist). */
export function findTemplatesDir(start = __dirname): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'templates', 'email'))) return join(dir, 'templates');
    if (dirname(dir) === dir) throw new Error(`No templates/email folder above ${start}`);
  }
}

/**
 * Renders an email: Notify's formatting for the body, inside the handlebars layouts of
 * templates/email, compiled once. Personalisation is only ever data in the layout.
 */
export class EmailRenderer {
  private readonly html: Handlebars.TemplateDelegate;
  private readonly text: Handlebars.TemplateDelegate;

  constructor(templatesDir = findTemplatesDir()) {
    const compile = (file: string) => Handlebars.compile(readFileSync(join(templatesDir, 'email', file), 'utf8'), { strict: true });
    this.html = compile('layout.html.hbs');
    this.text = compile('layout.text.hbs');
  }

  render(email: EmailToRender): RenderedEmail {
    const subject = renderEmailSubject(email.subject, email.personalisation);
    const body = renderEmailBody(email.content, email.personalisation);
    const withFooter = email.unsubscribeUrl ? `${body}\n\n---\n\n[Unsubscribe from these emails](${email.unsubscribeUrl})` : body;
    const context = { subject, serviceName: email.serviceName };
    return {
      subject,
      body,
      html: this.html({ ...context, bodyHtml: emailMarkdownToHtml(withFooter) }),
      text: this.text({ ...context, bodyText: emailMarkdownToText(withFooter) }),
    };
  }
}
