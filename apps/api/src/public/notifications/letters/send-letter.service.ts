import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { LetterNotificationCreated } from '@herald/contracts';
import { letterPostage, newLetterReference, NotifyError, validatePostalAddress, validationErrors } from '@herald/domain';
import { LetterRepository, TemplateRepository } from '@herald/persistence';
import { LetterQueue } from '@herald/queue';
import { qrCodesTooLong, renderEmailBody, renderLetterSubject } from '@herald/templating';
import { Sender } from '../sender';
import { SendLimits } from '../../limits/send-limits.service';
import { addressKeyWithNul, NUL_MESSAGE } from '../../validation/nul-characters';
import { validateRequest } from '../../validation/request-schema';
import { assertPersonalisationComplete, assertServiceMaySend, assertTemplateUsable } from '../email-template-checks';
import { assertNoFileUploads } from '../file-uploads/file-upload-schema';
import { assertKeyMaySendLetters } from './letter-sender-checks';
import { SEND_LETTER_SCHEMA, SendLetterRequest } from './send-letter.schema';
import { notificationCreated } from '../notification-created';

/** Validates, stores and queues a letter made from a template (section 12.3): persist first, then queue the id. */
@Injectable()
export class SendLetterService {
  constructor(
    @InjectConfig() private readonly config: HeraldConfig,
    private readonly templates: TemplateRepository,
    private readonly letters: LetterRepository,
    private readonly limits: SendLimits,
    private readonly queue: LetterQueue,
  ) {}

  async send(key: Sender, body: unknown): Promise<LetterNotificationCreated> {
    await this.limits.check(key.service, key.keyType, 'letter');
    const errors = validateRequest(SEND_LETTER_SCHEMA, body);
    if (errors.length) throw validationErrors(errors);
    const request = body as SendLetterRequest;
    const { service } = key;
    assertServiceMaySend(service.permissions, 'letter');

    const personalisation = request.personalisation;
    // The address is stored as text, where PostgreSQL cannot hold a NUL.
    const nulKey = addressKeyWithNul(personalisation);
    if (nulKey) throw validationErrors([`personalisation ${nulKey} ${NUL_MESSAGE}`]);
    const template = assertTemplateUsable(await this.templates.findCurrent(service.id, request.template_id.toLowerCase()), 'letter');
    assertPersonalisationComplete(template, personalisation);
    assertNoFileUploads(personalisation);
    assertKeyMaySendLetters(key.keyType, service.restricted);
    const address = validatePostalAddress(personalisation, { allowInternational: service.permissions.includes('international_letters') });
    if (!address.ok) throw validationErrors([address.message]);
    const content = renderEmailBody(template.content, personalisation);
    assertQrCodesFit(content);

    const id = randomUUID();
    await this.letters.insert({
      id,
      serviceId: service.id,
      templateId: template.id,
      templateVersion: template.version,
      apiKeyId: key.apiKeyId,
      keyType: key.keyType,
      address: address.address.lines.join('\n'),
      personalisation,
      clientReference: request.reference ?? null,
      postage: letterPostage(template.postage, address.address.postage),
      letterReference: newLetterReference(),
      // A test key's letter is never printed: it is `sending` until the simulated receipt.
      status: key.keyType === 'test' ? 'sending' : 'created',
      createdAt: new Date(),
    });
    await this.limits.record(service, key.keyType, 'letter');
    await this.queue.tryEnqueue({ notificationId: id, serviceId: service.id });

    return {
      ...notificationCreated(this.config.api.baseUrl, service.id, id, request.reference, template),
      content: { body: content, subject: renderLetterSubject(template.subject ?? '', personalisation) },
    };
  }
}

/** A `qr:` paragraph whose data cannot make a usable code (section 13.4). */
function assertQrCodesFit(content: string): void {
  const [tooLong] = qrCodesTooLong(content);
  if (!tooLong) return;
  throw new NotifyError(400, [{ error: 'ValidationError', message: 'Cannot create a usable QR code - the link is too long', ...tooLong }]);
}
