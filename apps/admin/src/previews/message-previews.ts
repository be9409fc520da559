import { Injectable } from '@nestjs/common';
import { InternalApiError } from '@herald/contracts';
import type {
  InternalApiClient,
  MessagePreview,
  MessageView,
  NotificationDetail,
  SendableTemplate,
  SmsCounts,
  TemplatePreviewView,
  TemplateView,
  UploadSummary,
} from '@herald/contracts';
import { LetterOutline, LetterPageRenderer, NotALetterPdfError } from '../letter-pages/letter-page-renderer';
import { SealedValues } from '../letter-pages/sealed-values';
import { previewQueryOf } from '../templates/template-page-values';

/** One page image of a letter. */
export interface LetterPageImage {
  readonly src: string;
  readonly alt: string;
}

/**
 * What partials/message-preview.njk shows: a message as its recipient gets it. An email in its
 * layout (an iframe: `emailUrl`, or `emailHtml` as its srcdoc), a text message in the phone box, a
 * letter as its page images with the PDF to download (`pages` empty while the PDF is being made).
 */
export interface MessagePreviewView {
  readonly channel: 'email' | 'sms' | 'letter';
  /** `the email ‘Appointment’`: for the preview's accessible name. */
  readonly described: string;
  readonly subject: string | null;
  readonly emailUrl: string | null;
  readonly emailHtml: string | null;
  readonly smsBody: string | null;
  readonly smsCounts: SmsCounts | null;
  readonly letter: {
    readonly pages: readonly LetterPageImage[];
    /** Why there are no pages, when there are none. */
    readonly note: string | null;
    readonly pdf: { readonly url: string; readonly text: string } | null;
  } | null;
}

const NOUNS = { email: 'email', sms: 'text message', letter: 'letter' } as const;
const NOT_LAID_OUT = 'The letter is being laid out for printing. Its pages will show here when it is ready: refresh the page in a minute.';
const UNREADABLE = 'The letter’s pages cannot be shown here.';

/** Why a sent letter has no PDF: not yet laid out, made in another format by hand, or never printed. */
function withoutPdf(status: string): string {
  if (status === 'created') return NOT_LAID_OUT;
  if (status === 'pending-alternative-format')
    return 'This letter is made by hand in the format the person needs (braille, audio or easy read), so it has no printed pages to show.';
  return 'This letter was not printed, so it has no pages to show.';
}

/** Builds the preview of each page that shows a message: the template, the check pages (one, and a file's first row) and a sent notification. */
@Injectable()
export class MessagePreviews {
  constructor(
    private readonly letterPages: LetterPageRenderer,
    private readonly sealed: SealedValues,
  ) {}

  /** The template page: filled with the preview values typed on it. */
  async ofTemplate(
    api: InternalApiClient,
    serviceId: string,
    template: TemplateView,
    preview: TemplatePreviewView,
    values: Record<string, string>,
  ): Promise<MessagePreviewView> {
    const base = `${servicePath(serviceId)}/templates/${enc(template.id)}`;
    const query = previewQueryOf(values);
    const view = empty(template.type, template.name, preview.subject);
    if (template.type === 'email') return { ...view, emailUrl: `${base}/preview.html${query}` };
    if (template.type === 'sms') return { ...view, smsBody: preview.body, smsCounts: preview.sms };
    const pdf = await api.templates.letterPdf(serviceId, template.id, values);
    return this.withLetter(view, pdf, (page) => `${base}/letter-preview/page-${page}.png${query}`, {
      url: `${base}/letter.pdf${query}`,
      text: 'Download the letter preview (PDF)',
    });
  }

  /** The check page of a one-off send: the values were just posted, so the letter's images carry them sealed. */
  async ofSendCheck(
    api: InternalApiClient,
    serviceId: string,
    template: SendableTemplate,
    values: Record<string, string>,
    preview: MessagePreview,
  ): Promise<MessagePreviewView> {
    const view = empty(template.type, template.name, preview.subject);
    if (template.type === 'sms') return { ...view, smsBody: preview.body };
    if (template.type === 'email') return { ...view, emailHtml: (await api.templates.preview(serviceId, template.id, values)).html };
    const base = `${servicePath(serviceId)}/send/${enc(template.id)}/one/letter-preview`;
    const token = this.sealed.seal(values, sealContext(serviceId, template.id));
    const pdf = await api.templates.letterPdf(serviceId, template.id, values);
    return this.withLetter(view, pdf, (page) => `${base}/page-${page}.png?values=${token}`, null);
  }

  /** The file check page: the first row's message. */
  async ofUpload(api: InternalApiClient, serviceId: string, upload: UploadSummary): Promise<MessagePreviewView> {
    const first = upload.firstMessage;
    const view = empty(upload.templateType, upload.templateName, first.subject);
    if (upload.templateType === 'sms') return { ...view, smsBody: first.body };
    if (upload.templateType === 'email') return { ...view, emailHtml: (await api.templates.preview(serviceId, upload.templateId, first.values)).html };
    const base = `${servicePath(serviceId)}/send/${enc(upload.templateId)}/uploads/${enc(upload.uploadId)}/letter-preview`;
    const pdf = await api.templates.letterPdf(serviceId, upload.templateId, first.values);
    return this.withLetter(view, pdf, (page) => `${base}/page-${page}.png`, null);
  }

  /** A sent notification: the email rendered again, the text as sent, the letter's PDF as printed (once made). */
  async ofNotification(api: InternalApiClient, serviceId: string, n: NotificationDetail): Promise<MessagePreviewView> {
    const channel = n.channel === 'email' || n.channel === 'sms' ? n.channel : 'letter';
    const view = empty(channel, n.template.name, n.content.subject);
    if (channel === 'sms') return { ...view, smsBody: n.content.body };
    if (channel === 'email') return { ...view, emailHtml: n.content.html };
    if (!n.content.letterPdf) return { ...view, letter: { pages: [], note: withoutPdf(n.status), pdf: null } };
    const base = `${servicePath(serviceId)}/notifications/${enc(n.id)}`;
    const pdf = (await api.activity.letterPdf(serviceId, n.id)).body;
    return this.withLetter(view, pdf, (page) => `${base}/letter-preview/page-${page}.png`, {
      url: `${base}/letter.pdf`,
      text: 'Download the letter as printed (PDF)',
    });
  }

  /**
   * An omnichannel message's attempts, each as its recipient got it, by attempt id. An attempt whose
   * notification is no longer there (its content purged with the message) has none.
   */
  async ofAttempts(api: InternalApiClient, serviceId: string, message: MessageView): Promise<Record<string, MessagePreviewView>> {
    const shown = message.attempts.filter((attempt) => attempt.channel === 'email' || attempt.channel === 'sms' || attempt.channel === 'letter');
    const previews = await Promise.all(
      shown.map(async (attempt) => {
        try {
          return [attempt.id, await this.ofNotification(api, serviceId, await api.activity.notification(serviceId, attempt.id))] as const;
        } catch (error) {
          if (error instanceof InternalApiError && error.status === 404) return null;
          throw error;
        }
      }),
    );
    return Object.fromEntries(previews.filter((entry) => entry !== null));
  }

  /** The values sealed into a one-off send's letter image addresses; null when the token is not this admin's for this template. */
  sendCheckValues(serviceId: string, templateId: string, token: string | undefined): Record<string, string> | null {
    return this.sealed.open(token, sealContext(serviceId, templateId));
  }

  private async withLetter(
    view: MessagePreviewView,
    pdf: Buffer,
    src: (page: number) => string,
    download: { url: string; text: string } | null,
  ): Promise<MessagePreviewView> {
    let outline: LetterOutline;
    try {
      outline = await this.letterPages.outline(pdf);
    } catch (error) {
      if (error instanceof NotALetterPdfError) return { ...view, letter: { pages: [], note: UNREADABLE, pdf: download } };
      throw error;
    }
    const { pageCount, texts } = outline;
    const pages = texts.map((text, i) => ({
      src: src(i + 1),
      alt: `Page ${i + 1} of ${pageCount} of the letter. ${text.replace(/\s+/g, ' ').trim()}`,
    }));
    return { ...view, letter: { pages, note: null, pdf: download } };
  }
}

function empty(channel: 'email' | 'sms' | 'letter', name: string, subject: string | null): MessagePreviewView {
  return { channel, described: `the ${NOUNS[channel]} ‘${name}’`, subject, emailUrl: null, emailHtml: null, smsBody: null, smsCounts: null, letter: null };
}

const enc = encodeURIComponent;
const servicePath = (serviceId: string): string => `/services/${enc(serviceId)}`;
const sealContext = (serviceId: string, templateId: string): string => `${serviceId}/${templateId}`;
