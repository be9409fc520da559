import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PrecompiledLetterCreated } from '@herald/contracts';
import { DEFAULT_POSTAGE, newLetterReference, validationErrors } from '@herald/domain';
import { LetterRepository, PrecompiledTemplateRepository } from '@herald/persistence';
import { LetterQueue } from '@herald/queue';
import { AuthenticatedKey } from '../../auth/api-key-authenticator';
import { SendLimits } from '../../limits/send-limits.service';
import { validateRequest } from '../../validation/request-schema';
import { assertServiceMaySend } from '../email-template-checks';
import { assertKeyMaySendLetters, decodeLetterContent } from './letter-sender-checks';
import { SEND_PRECOMPILED_LETTER_SCHEMA, SendPrecompiledLetterRequest } from './send-letter.schema';

/** Until the worker has checked the PDF, the address is not known (section 12.4). */
const PLACEHOLDER_ADDRESS = 'Provided as PDF';

/**
 * Stores an uploaded PDF letter as `pending-virus-check` and queues it; the worker checks the
 * file and moves it on (or to `validation-failed`). The upload is kept byte for byte.
 */
@Injectable()
export class SendPrecompiledLetterService {
  constructor(
    private readonly hiddenTemplates: PrecompiledTemplateRepository,
    private readonly letters: LetterRepository,
    private readonly limits: SendLimits,
    private readonly queue: LetterQueue,
  ) {}

  async send(key: AuthenticatedKey, body: unknown): Promise<PrecompiledLetterCreated> {
    await this.limits.check(key.service, key.keyType, 'letter');
    const errors = validateRequest(SEND_PRECOMPILED_LETTER_SCHEMA, body);
    if (errors.length) throw validationErrors(errors);
    const request = body as SendPrecompiledLetterRequest;
    const { service } = key;
    assertServiceMaySend(service.permissions, 'letter');
    assertKeyMaySendLetters(key.keyType, service.restricted);
    const pdf = decodeLetterContent(request.content);

    const template = await this.hiddenTemplates.findOrCreate(service.id);
    const id = randomUUID();
    const postage = request.postage ?? DEFAULT_POSTAGE;
    await this.letters.insert(
      {
        id,
        serviceId: service.id,
        templateId: template.id,
        templateVersion: template.version,
        apiKeyId: key.apiKeyId,
        keyType: key.keyType,
        address: PLACEHOLDER_ADDRESS,
        personalisation: { address_line_1: PLACEHOLDER_ADDRESS },
        clientReference: request.reference,
        postage,
        letterReference: newLetterReference(),
        status: 'pending-virus-check',
        createdAt: new Date(),
      },
      pdf,
    );
    await this.limits.record(service, key.keyType, 'letter');
    await this.queue.tryEnqueue({ notificationId: id, serviceId: service.id });
    return { id, reference: request.reference, postage };
  }
}
