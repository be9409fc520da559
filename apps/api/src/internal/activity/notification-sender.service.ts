import { Injectable } from '@nestjs/common';
import type { NotificationSender } from '@herald/contracts';
import { StoredNotification } from '@herald/domain';
import { ApiKeyRepository, JobRepository, NotificationActivityRepository, UserRepository } from '@herald/persistence';

/** Who sent a notification, as its detail page names them: the API key, the team member, or the bulk send and its row. */
@Injectable()
export class NotificationSenderService {
  constructor(
    private readonly apiKeys: ApiKeyRepository,
    private readonly users: UserRepository,
    private readonly jobs: JobRepository,
    private readonly activity: NotificationActivityRepository,
  ) {}

  async senderOf(notification: StoredNotification): Promise<NotificationSender> {
    const { serviceId } = notification;
    const [key, user, job, rowNumber] = await Promise.all([
      notification.apiKeyId ? this.apiKeys.findSummary(serviceId, notification.apiKeyId) : null,
      notification.createdById ? this.users.findById(notification.createdById) : null,
      notification.jobId ? this.jobs.find(serviceId, notification.jobId) : null,
      notification.jobId ? this.activity.jobRowNumber(serviceId, notification.id) : null,
    ]);
    return {
      apiKey: notification.apiKeyId ? { id: notification.apiKeyId, name: key?.name ?? null, keyType: key?.keyType ?? notification.keyType } : null,
      teamMember: user ? { id: user.id, name: user.name, emailAddress: user.emailAddress } : null,
      bulkSend: notification.jobId ? { jobId: notification.jobId, fileName: job?.fileName ?? null, rowNumber } : null,
    };
  }
}
