import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, In } from 'typeorm';
import type { KeyType, NotificationStatus, TemplateType } from '@herald/domain';
import { FieldCipher } from '../database/field-cipher';
import { NotificationStatusChangeEntity } from '../entities/notification-status-change.entity';
import { NotificationEntity } from '../entities/notification.entity';
import { TemplateEntity } from '../entities/template.entity';

/** What the activity page searches for; every part is optional and they all must match. */
export interface ActivityQuery {
  /**
   * A recipient (as normalised forms it may be: an email address, a phone number, an address) or
   * a client reference: a notification matches either.
   */
  readonly search?: { readonly normalisedRecipients: readonly string[]; readonly reference: string };
  readonly channels?: readonly TemplateType[];
  readonly statuses?: readonly NotificationStatus[];
  readonly offset: number;
  readonly limit: number;
}

/** One line of the activity page. */
export interface ActivityItem {
  readonly id: string;
  readonly channel: TemplateType;
  readonly status: NotificationStatus;
  readonly recipient: string;
  readonly clientReference: string | null;
  readonly templateId: string;
  readonly templateName: string | null;
  readonly keyType: KeyType;
  readonly jobId: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date | null;
}

/** A status a notification moved to, and when. */
export interface StatusChange {
  readonly status: NotificationStatus;
  readonly at: Date;
}

/** A service's notifications as its team looks through them. Every query takes the service's id. */
@Injectable()
export class NotificationActivityRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
  ) {}

  /** Newest first; recipients match by their keyed hash, so nothing is decrypted to search. */
  async search(serviceId: string, query: ActivityQuery): Promise<ActivityItem[]> {
    const qb = this.dataSource.getRepository(NotificationEntity).createQueryBuilder('n').where('n.service_id = :serviceId', { serviceId });
    const { search } = query;
    if (search) {
      const hashes = search.normalisedRecipients.map((recipient) => this.cipher.hash(recipient));
      qb.andWhere(
        new Brackets((w) => {
          w.where('n.client_reference = :reference', { reference: search.reference });
          if (hashes.length) w.orWhere('n.recipient_hash IN (:...hashes)', { hashes });
        }),
      );
    }
    if (query.channels?.length) qb.andWhere('n.notification_type IN (:...channels)', { channels: query.channels });
    if (query.statuses?.length) qb.andWhere('n.status IN (:...statuses)', { statuses: query.statuses });
    const rows = await qb.orderBy('n.created_at', 'DESC').addOrderBy('n.id', 'DESC').offset(query.offset).limit(query.limit).getMany();
    const names = await this.templateNames(
      serviceId,
      rows.map((r) => r.templateId),
    );
    return rows.map((r) => ({
      id: r.id,
      channel: r.notificationType,
      status: r.status,
      recipient: this.cipher.decrypt(r.recipient),
      clientReference: r.clientReference,
      templateId: r.templateId,
      templateName: names.get(r.templateId) ?? null,
      keyType: r.keyType,
      jobId: r.jobId,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
    }));
  }

  /** Every status the notification moved to after `created`, oldest first. */
  async statusHistory(serviceId: string, notificationId: string): Promise<StatusChange[]> {
    const rows = await this.dataSource.getRepository(NotificationStatusChangeEntity).find({
      where: { serviceId, notificationId },
      order: { createdAt: 'ASC' },
    });
    return rows.map((r) => ({ status: r.status, at: r.createdAt }));
  }

  /** A bulk send's row number of the notification (null when it was not a bulk send's). */
  async jobRowNumber(serviceId: string, notificationId: string): Promise<number | null> {
    const row = await this.dataSource
      .getRepository(NotificationEntity)
      .findOne({ select: { id: true, jobRowNumber: true }, where: { serviceId, id: notificationId } });
    return row?.jobRowNumber ?? null;
  }

  private async templateNames(serviceId: string, ids: readonly string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map();
    const templates = await this.dataSource.getRepository(TemplateEntity).find({ select: { id: true, name: true }, where: { serviceId, id: In(unique) } });
    return new Map(templates.map((t) => [t.id, t.name]));
  }
}
