import { Injectable, Logger } from '@nestjs/common';
import { normaliseAddressLines, rawAddressLines, StoredNotification, validatePostalAddress } from '@herald/domain';
import { LetterContactRepository, LetterRepository, NotificationRepository, TemplateRepository } from '@herald/persistence';
import { DeliveryJob } from '@herald/queue';
import { checkPrecompiledPdf, fillPlaceholders, LetterPdfRenderer, renderLetterText } from '@herald/templating';

export type PreparationOutcome = 'rendered' | 'checked' | 'validation-failed' | 'already-prepared' | 'missing';

/**
 * Gets a stored letter ready for print: renders a templated letter to PDF, or checks an uploaded
 * one. Safe to run twice: a letter that already has its PDF is left alone. A test key's letter is
 * never printed; once ready, a simulated receipt marks it delivered.
 */
@Injectable()
export class LetterPreparationService {
  private readonly logger = new Logger(LetterPreparationService.name);

  constructor(
    private readonly notifications: NotificationRepository,
    private readonly letters: LetterRepository,
    private readonly templates: TemplateRepository,
    private readonly renderer: LetterPdfRenderer,
    private readonly letterContacts: LetterContactRepository,
  ) {}

  async prepare(job: DeliveryJob): Promise<PreparationOutcome> {
    const letter = await this.notifications.findById(job.serviceId, job.notificationId);
    if (!letter || letter.type !== 'letter') return 'missing';
    if (letter.status === 'pending-virus-check') return this.checkUpload(letter);
    if ((letter.status !== 'created' && letter.status !== 'sending') || (await this.letters.hasPdf(letter.serviceId, letter.id))) return 'already-prepared';
    return this.render(letter);
  }

  private async render(letter: StoredNotification): Promise<PreparationOutcome> {
    const template = await this.templates.findVersion(letter.serviceId, letter.templateId, letter.templateVersion);
    if (!template) throw new Error(`Template version of letter ${letter.id} is missing`);
    const { personalisation } = letter;
    const address = validatePostalAddress(personalisation, { allowInternational: true });
    // A template without its own contact block uses the service's default one (settings).
    const contactBlock = template.letterContactBlock || ((await this.letterContacts.findDefault(letter.serviceId))?.contactBlock ?? null);
    const rendered = await this.renderer.render({
      addressLines: address.ok ? address.address.lines : normaliseAddressLines(rawAddressLines(personalisation)),
      contactBlock: contactBlock ? fillPlaceholders(contactBlock, personalisation, { lists: 'inline' }) : null,
      date: letter.createdAt,
      ...renderLetterText(template, personalisation),
      largePrint: letter.letterFormat === 'large_print',
    });
    if (rendered.tooLong) {
      this.logger.warn(`Letter ${letter.id} is ${rendered.pageCount} pages long; it fails validation`);
      await this.letters.moveStatus(letter.serviceId, letter.id, ['created', 'sending'], 'validation-failed');
      return 'validation-failed';
    }
    await this.letters.savePdf(letter.serviceId, letter.id, rendered.pdf, rendered.pageCount);
    await this.ready(letter, letter.status === 'sending' ? 'sending' : 'created', rendered.pageCount);
    return 'rendered';
  }

  private async checkUpload(letter: StoredNotification): Promise<PreparationOutcome> {
    const upload = await this.letters.findPdf(letter.serviceId, letter.id);
    const check = upload ? await checkPrecompiledPdf(upload.pdf) : { ok: false as const, reason: 'the upload is missing' };
    if (!check.ok) {
      this.logger.warn(`Precompiled letter ${letter.id} fails validation: ${check.reason}`);
      await this.letters.moveStatus(letter.serviceId, letter.id, ['pending-virus-check'], 'validation-failed');
      return 'validation-failed';
    }
    await this.letters.setPageCount(letter.serviceId, letter.id, check.pageCount);
    await this.ready(letter, 'pending-virus-check', check.pageCount);
    return 'checked';
  }

  /** Live letters wait (`created`) for the print batch; test letters are delivered at once, never printed. */
  private async ready(letter: StoredNotification, from: 'created' | 'sending' | 'pending-virus-check', pageCount: number): Promise<void> {
    if (letter.keyType === 'test') {
      await this.letters.moveStatus(letter.serviceId, letter.id, [from], 'delivered', { billableUnits: pageCount, provider: 'simulated', sentAt: new Date() });
    } else {
      await this.letters.moveStatus(letter.serviceId, letter.id, [from], 'created', { billableUnits: pageCount });
    }
  }
}
