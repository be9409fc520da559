import { Injectable } from '@nestjs/common';
import { badRequest, noResultFound, NotifyError, validationErrors } from '../../../errors/notify-error';
import { LetterRepository, NotificationRepository } from '@herald/persistence';
import { AuthenticatedKey } from '../../auth/api-key-authenticator';
import { isUuid } from '../../validation/request-schema';

const NOT_READY = new NotifyError(400, [{ error: 'PDFNotReadyError', message: 'PDF not available yet, try again later' }]);

/** GET /v2/notifications/{id}/pdf (docs/api-contract.md §12.7): the rendered letter, or the upload unchanged. */
@Injectable()
export class LetterPdfService {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly letters: LetterRepository,
  ) {}

  async pdfOf(key: AuthenticatedKey, id: string): Promise<Buffer> {
    if (!isUuid(id)) throw validationErrors(['notification_id is not a valid UUID']);
    const notification = await this.notifications.findById(key.service.id, id.toLowerCase());
    if (!notification) throw noResultFound();
    if (notification.type !== 'letter') throw badRequest('Notification is not a letter');
    if (notification.status === 'virus-scan-failed') throw badRequest('File did not pass the virus scan');
    if (notification.status === 'technical-failure') throw badRequest('PDF not available for letters in status technical-failure');
    if (notification.status === 'pending-virus-check') throw NOT_READY;
    const stored = await this.letters.findPdf(key.service.id, notification.id);
    if (!stored) throw NOT_READY;
    return stored.pdf;
  }
}
