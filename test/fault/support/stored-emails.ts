import { randomUUID } from 'node:crypto';
import { NotificationRepository } from '@herald/persistence';
import { DeliveryQueue } from '@herald/queue';
import type { HeraldUnderTest } from '@herald/testing';

/** The template (and key) the stored emails are made from. */
export interface EmailTemplate {
  readonly serviceId: string;
  readonly apiKeyId: string;
  readonly templateId: string;
  readonly templateVersion: number;
}

const STORE_IN_PARALLEL = 100;

/**
 * Stores `count` email notifications as the API would (status `created`), then queues their ids:
 * what the API does for each request, without thousands of HTTP round trips.
 */
export async function storeAndQueueEmails(herald: HeraldUnderTest, template: EmailTemplate, count: number): Promise<string[]> {
  const notifications = herald.get(NotificationRepository);
  const queue = herald.get(DeliveryQueue);
  const ids = Array.from({ length: count }, () => randomUUID());
  for (let start = 0; start < count; start += STORE_IN_PARALLEL) {
    await Promise.all(
      ids.slice(start, start + STORE_IN_PARALLEL).map((id, offset) => {
        const recipient = `fault-${start + offset}@example.com`;
        return notifications.insert({
          id,
          ...template,
          keyType: 'normal',
          type: 'email',
          recipient,
          normalisedRecipient: recipient,
          personalisation: { name: `Reader ${start + offset}`, date: '1 January' },
          clientReference: null,
          replyTo: null,
          oneClickUnsubscribeUrl: null,
          createdById: null,
          createdAt: new Date(),
        });
      }),
    );
  }
  for (let start = 0; start < count; start += STORE_IN_PARALLEL) {
    await Promise.all(ids.slice(start, start + STORE_IN_PARALLEL).map((id) => queue.enqueueEmail({ notificationId: id, serviceId: template.serviceId })));
  }
  return ids;
}
