import { Injectable } from '@nestjs/common';
import { DEFAULT_POSTAGE, newLetterReference, NewNotification } from '@herald/domain';
import { DocumentRepository, JobRepository, LetterRepository, NotificationRepository } from '@herald/persistence';
import { DeliveryJob, DeliveryQueue, JobQueue, LetterQueue } from '@herald/queue';
import type { ComposedNotification } from '../compose/composed-notification';
import { MicroBatcher } from './micro-batcher';

/** An email or a text with no files: stored and queued with the others that arrived at the same time. */
interface PlainSend {
  readonly notification: NewNotification;
  readonly channel: 'email' | 'sms';
  readonly job: DeliveryJob;
}

/**
 * Up to 100 sends in one INSERT and one addBulk per channel; while 2 batches are in hand, newer
 * sends wait for one of them, so a busy API makes a few large round trips instead of many small ones.
 */
const BATCH_LIMITS = { maxBatch: 100, maxInFlight: 2 };

/**
 * Persist, then queue the id (job id = notification id, so a second enqueue is a no-op). The one
 * place a notification row is inserted. A single send takes the API's lane, ahead of bulk sends;
 * if Redis does not answer, the row is what counts and the replay sweep queues it later. Emails
 * and texts without files are stored and queued together with the others in hand (MicroBatcher);
 * each caller still hears only once its own row is stored and queued.
 */
@Injectable()
export class NotificationWriter {
  private readonly plainSends = new MicroBatcher<PlainSend>(
    (sends) => this.storeAndQueuePlain(sends),
    (send) => this.storeAndQueuePlain([send]),
    BATCH_LIMITS,
  );

  constructor(
    private readonly notifications: NotificationRepository,
    private readonly documents: DocumentRepository,
    private readonly letters: LetterRepository,
    private readonly jobs: JobRepository,
    private readonly deliveryQueue: DeliveryQueue,
    private readonly letterQueue: LetterQueue,
    private readonly jobQueue: JobQueue,
  ) {}

  /** One notification, with the files it links to in the same transaction. */
  async persistAndQueue(composed: ComposedNotification, pdf?: Buffer): Promise<void> {
    const { notification } = composed;
    if ((notification.type === 'email' || notification.type === 'sms') && composed.documents.length === 0 && pdf === undefined) {
      const job = this.deliveryQueue.jobFor(notification.id, notification.serviceId);
      await this.plainSends.submit({ notification, channel: notification.type, job });
      return;
    }
    await this.store(composed, pdf);
    // A letter in braille, audio or easy read waits for operators, not for the printer (R-LF-5).
    if (isAlternativeFormat(notification.letterFormat)) return;
    const job = { notificationId: notification.id, serviceId: notification.serviceId };
    if (notification.type === 'email') await this.deliveryQueue.tryEnqueueEmail(job);
    else if (notification.type === 'sms') await this.deliveryQueue.tryEnqueueSms(job);
    else await this.letterQueue.tryEnqueue(job);
  }

  /** R-API-7: a send a recipient's choices stopped: stored as `cancelled` with the reason, never queued. */
  async persistCancelled(composed: ComposedNotification, reason: string): Promise<void> {
    await this.notifications.insertCancelled(composed.notification, reason);
  }

  /**
   * A batch of a bulk send's rows in one statement (a row already stored for the job is skipped,
   * and nothing is stored once the job is no longer in progress: cancelled), then every row of the
   * batch still `created` queued by its id on the bulk lane: safe to run twice.
   */
  async persistAndQueueRows(serviceId: string, jobId: string, rows: readonly NewNotification[], fromRow: number, toRow: number): Promise<void> {
    await this.notifications.insertIgnoringDuplicates(jobId, rows);
    const created = await this.jobs.createdNotifications(serviceId, jobId, fromRow, toRow);
    await this.jobQueue.enqueueNotifications(serviceId, created);
  }

  private async storeAndQueuePlain(sends: readonly PlainSend[]): Promise<void> {
    await this.notifications.insertMany(sends.map((send) => send.notification));
    await this.deliveryQueue.tryEnqueueMany(sends);
  }

  private async store(composed: ComposedNotification, pdf: Buffer | undefined): Promise<void> {
    const { notification, documents } = composed;
    if (notification.type === 'letter') {
      const letter = notification.letter ?? { postage: DEFAULT_POSTAGE, reference: newLetterReference() };
      await this.letters.insert(
        {
          id: notification.id,
          serviceId: notification.serviceId,
          templateId: notification.templateId,
          templateVersion: notification.templateVersion,
          apiKeyId: notification.apiKeyId,
          keyType: notification.keyType,
          address: notification.recipient,
          personalisation: notification.personalisation,
          clientReference: notification.clientReference,
          postage: letter.postage ?? DEFAULT_POSTAGE,
          letterReference: letter.reference ?? newLetterReference(),
          status: pdf ? 'pending-virus-check' : isAlternativeFormat(notification.letterFormat) ? 'pending-alternative-format' : composed.initialStatus,
          createdAt: notification.createdAt,
          createdById: notification.createdById,
          messageId: notification.messageId,
          letterFormat: notification.letterFormat,
          alternativeText: composed.content.channel === 'letter' ? `${composed.content.subject}\n\n${composed.content.body}` : undefined,
        },
        pdf,
      );
      return;
    }
    if (documents.length) await this.documents.insertWithNotification(notification, documents);
    else await this.notifications.insert(notification);
  }
}

const ALTERNATIVE_FORMATS: ReadonlySet<string> = new Set(['braille', 'audio', 'easy_read']);

function isAlternativeFormat(format: string | undefined): boolean {
  return format !== undefined && ALTERNATIVE_FORMATS.has(format);
}
