import { Injectable } from '@nestjs/common';
import type { PlatformNotificationFound } from '@herald/contracts';
import { AuditRepository, PlatformStatisticsRepository } from '@herald/persistence';
import { noResultFound } from '../../errors/notify-error';
import { SystemMessages } from '../activity/system-messages';
import type { SignedInUser } from '../auth/signed-in-user';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Any notification by id, whatever its service. Every look-up is audited, found or not. A system
 * message is marked so: the admin shows it without links to pages that never show it.
 */
@Injectable()
export class NotificationFinderService {
  constructor(
    private readonly statistics: PlatformStatisticsRepository,
    private readonly audit: AuditRepository,
    private readonly systemMessages: SystemMessages,
  ) {}

  async find(user: SignedInUser, notificationId: string): Promise<PlatformNotificationFound> {
    const id = notificationId.trim().toLowerCase();
    const found = UUID.test(id) ? await this.statistics.findNotification(id) : null;
    await this.audit.record({
      userId: user.id,
      serviceId: found?.serviceId ?? null,
      action: 'platform.notification-viewed',
      subject: id.slice(0, 36),
      details: { found: found !== null },
    });
    if (!found) throw noResultFound();
    return { ...found, createdAt: found.createdAt.toISOString(), systemMessage: await this.systemMessages.hiddenFrom(found.serviceId) };
  }
}
