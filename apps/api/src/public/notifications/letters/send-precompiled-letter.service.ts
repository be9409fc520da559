import { Injectable } from '@nestjs/common';
import { PrecompiledLetterCreated } from '@herald/contracts';
import { DEFAULT_POSTAGE } from '@herald/domain';
import { PrecompiledTemplateRepository } from '@herald/persistence';
import { letterPermissionProblem, NotificationSender } from '@herald/sending';
import { validationErrors } from '../../../errors/notify-error';
import { AuthenticatedKey } from '../../auth/api-key-authenticator';
import { sendingKeyOf } from '../sender';
import { validateRequest } from '../../validation/request-schema';
import { composedOrThrow, throwIfRefused } from '../../../errors/send-refusals';
import { decodeLetterContent } from './letter-sender-checks';
import { SEND_PRECOMPILED_LETTER_SCHEMA, SendPrecompiledLetterRequest } from './send-letter.schema';

/**
 * Stores an uploaded PDF letter as `pending-virus-check` and queues it; the worker checks the
 * file and moves it on (or to `validation-failed`). The upload is kept byte for byte.
 */
@Injectable()
export class SendPrecompiledLetterService {
  constructor(
    private readonly hiddenTemplates: PrecompiledTemplateRepository,
    private readonly sender: NotificationSender,
  ) {}

  async send(key: AuthenticatedKey, body: unknown): Promise<PrecompiledLetterCreated> {
    // The rate limit and the day's letter limit were met before the body was read (RateLimitGuard).
    const { service } = key;
    const errors = validateRequest(SEND_PRECOMPILED_LETTER_SCHEMA, body);
    if (errors.length) throw validationErrors(errors);
    const request = body as SendPrecompiledLetterRequest;
    const postage = request.postage ?? DEFAULT_POSTAGE;
    // The channel and key rules come before the content is decoded, as Notify orders them.
    throwIfRefused(letterPermissionProblem(service, key.keyType));
    const pdf = decodeLetterContent(request.content);
    const template = await this.hiddenTemplates.findOrCreate(service.id);
    const command = { service, key: sendingKeyOf(key), template, reference: request.reference, postage };
    const { notification } = composedOrThrow(await this.sender.sendPrecompiledLetter(command, pdf));
    return { id: notification.id, reference: request.reference, postage };
  }
}
