import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, EntityManager, In, IsNull, LessThan, Not, Repository } from 'typeorm';
import type { KeyType, NotificationStatus, TemplateType } from '@herald/domain';
import { FieldCipher } from '../database/field-cipher';
import { NotificationEntity } from '../entities/notification.entity';

/** A notification as use cases see it: recipient and personalisation decrypted. */
export interface StoredNotification {
  readonly id: string;
  readonly serviceId: string;
  readonly templateId: string;
  readonly templateVersion: number;
  readonly apiKeyId: string | null;
  readonly keyType: KeyType;
  readonly type: TemplateType;
  readonly recipient: string;
  readonly personalisation: Record<string, unknown>;
  readonly clientReference: string | null;
  readonly status: NotificationStatus;
  readonly replyTo: string | null;
  readonly oneClickUnsubscribeUrl: string | null;
  readonly provider: string | null;
  readonly providerReference: string | null;
  readonly billableUnits: number;
  readonly jobId: string | null;
  readonly createdById: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date | null;
  readonly sentAt: Date | null;
  readonly sms: SmsFacts | null;
  readonly letter: LetterFacts | null;
}

/** What a letter records: its postage and the internal reference printed on it. */
export interface LetterFacts {
  readonly postage: string | null;
  readonly reference: string | null;
}

/** What a text message records besides its recipient: sender, billing prefix and rate multiplier. */
export interface SmsFacts {
  readonly sender: string | null;
  readonly international: boolean;
  readonly phonePrefix: string | null;
  readonly rateMultiplier: number | null;
}

export type NewNotification = Pick<
  StoredNotification,
  'id' | 'serviceId' | 'templateId' | 'templateVersion' | 'apiKeyId' | 'keyType' | 'type' | 'recipient' | 'personalisation' |
  'clientReference' | 'replyTo' | 'oneClickUnsubscribeUrl' | 'createdById'
> & { readonly normalisedRecipient: string; readonly createdAt: Date; readonly billableUnits?: number; readonly sms?: SmsFacts };

export interface NotificationListQuery {
  readonly keyType: KeyType;
  readonly createdSince: Date;
  readonly types?: readonly TemplateType[];
  readonly statuses?: readonly NotificationStatus[];
  readonly clientReference?: string;
  readonly olderThanId?: string;
  readonly includeJobs: boolean;
  readonly limit: number;
}

/** A notification a worker may hand to a provider: it holds the claim until it records the result. */
export interface DeliveryResult {
  readonly provider: string;
  readonly providerReference: string;
  readonly status: NotificationStatus;
  readonly sentAt: Date;
}

@Injectable()
export class NotificationRepository {
  private readonly rows: Repository<NotificationEntity>;

  constructor(dataSource: DataSource, private readonly cipher: FieldCipher) {
    this.rows = dataSource.getRepository(NotificationEntity);
  }

  /** `manager` stores it inside a caller's transaction (e.g. with the files it links to). */
  async insert(input: NewNotification, manager?: EntityManager): Promise<void> {
    await (manager ? manager.getRepository(NotificationEntity) : this.rows).insert({
      id: input.id,
      serviceId: input.serviceId,
      templateId: input.templateId,
      templateVersion: input.templateVersion,
      apiKeyId: input.apiKeyId,
      keyType: input.keyType,
      notificationType: input.type,
      recipient: this.cipher.encrypt(input.recipient),
      recipientHash: this.cipher.hash(input.normalisedRecipient),
      personalisation: this.cipher.encryptJson(input.personalisation),
      clientReference: input.clientReference,
      status: 'created',
      replyTo: input.replyTo,
      oneClickUnsubscribeUrl: input.oneClickUnsubscribeUrl,
      billableUnits: input.billableUnits ?? 0,
      smsSender: input.sms?.sender ?? null,
      international: input.sms?.international ?? false,
      phonePrefix: input.sms?.phonePrefix ?? null,
      rateMultiplier: input.sms?.rateMultiplier ?? null,
      createdById: input.createdById,
      createdAt: input.createdAt,
      updatedAt: null,
      sentAt: null,
      claimedUntil: null,
    });
  }

  async findById(serviceId: string, id: string, createdSince?: Date): Promise<StoredNotification | null> {
    const row = await this.rows.findOneBy({ id, serviceId });
    if (!row || (createdSince && row.createdAt < createdSince)) return null;
    return this.decrypt(row);
  }

  async count(serviceId: string): Promise<number> {
    return this.rows.countBy({ serviceId });
  }

  /** Newest first, for the list endpoint. An unknown `olderThanId` gives an empty page. */
  async list(serviceId: string, query: NotificationListQuery): Promise<StoredNotification[]> {
    const qb = this.rows
      .createQueryBuilder('n')
      .where('n.service_id = :serviceId', { serviceId })
      .andWhere('n.key_type = :keyType', { keyType: query.keyType })
      .andWhere('n.created_at >= :since', { since: query.createdSince });
    if (query.types?.length) qb.andWhere('n.notification_type IN (:...types)', { types: query.types });
    if (query.statuses?.length) qb.andWhere('n.status IN (:...statuses)', { statuses: query.statuses });
    if (query.clientReference !== undefined) qb.andWhere('n.client_reference = :reference', { reference: query.clientReference });
    if (!query.includeJobs) qb.andWhere('n.job_id IS NULL');
    if (query.olderThanId) {
      const marker = await this.rows.findOneBy({ id: query.olderThanId, serviceId });
      if (!marker) return [];
      qb.andWhere(
        new Brackets((w) =>
          w.where('n.created_at < :markerAt', { markerAt: marker.createdAt }).orWhere(
            new Brackets((tie) => tie.where('n.created_at = :markerAt', { markerAt: marker.createdAt }).andWhere('n.id < :markerId', { markerId: marker.id })),
          ),
        ),
      );
    }
    const rows = await qb.orderBy('n.created_at', 'DESC').addOrderBy('n.id', 'DESC').take(query.limit).getMany();
    return rows.map((row) => this.decrypt(row));
  }

  /**
   * Takes the notification for delivery if it is still `created` and nobody else holds it.
   * The claim expires, so a worker that dies mid-send does not strand the notification.
   */
  async claimForDelivery(serviceId: string, id: string, leaseMs: number, now = new Date()): Promise<StoredNotification | null> {
    const result = await this.rows
      .createQueryBuilder()
      .update(NotificationEntity)
      .set({ claimedUntil: new Date(now.getTime() + leaseMs) })
      .where('id = :id AND service_id = :serviceId AND status = :created', { id, serviceId, created: 'created' })
      .andWhere(new Brackets((w) => w.where('claimed_until IS NULL').orWhere('claimed_until < :now', { now })))
      .execute();
    if ((result.affected ?? 0) !== 1) return null;
    return this.findById(serviceId, id);
  }

  async recordDelivery(serviceId: string, id: string, result: DeliveryResult): Promise<void> {
    await this.rows.update(
      { id, serviceId, status: 'created' },
      { status: result.status, provider: result.provider, providerReference: result.providerReference, sentAt: result.sentAt, updatedAt: result.sentAt, claimedUntil: null },
    );
  }

  async releaseClaim(serviceId: string, id: string): Promise<void> {
    await this.rows.update({ id, serviceId, status: 'created' }, { claimedUntil: null });
  }

  /** A notification that can never be sent ends here, without a provider. */
  async fail(serviceId: string, id: string, status: NotificationStatus, at = new Date()): Promise<void> {
    await this.rows.update({ id, serviceId, status: 'created' }, { status, updatedAt: at, claimedUntil: null });
  }

  /** Platform-wide, for the replay sweep: `created` notifications nobody holds, oldest first. */
  async findUnclaimedCreatedBefore(before: Date, limit: number): Promise<Array<{ id: string; serviceId: string; type: TemplateType }>> {
    const now = new Date();
    const rows = await this.rows.find({
      select: { id: true, serviceId: true, notificationType: true },
      where: [
        // Letters have their own sweep: a rendered letter stays `created` until the print batch.
        { status: 'created', notificationType: Not('letter'), createdAt: LessThan(before), claimedUntil: IsNull() },
        { status: 'created', notificationType: Not('letter'), createdAt: LessThan(before), claimedUntil: LessThan(now) },
      ],
      order: { createdAt: 'ASC' },
      take: limit,
    });
    return rows.map((r) => ({ id: r.id, serviceId: r.serviceId, type: r.notificationType }));
  }

  async statusesOf(serviceId: string, ids: readonly string[]): Promise<Map<string, NotificationStatus>> {
    const rows = await this.rows.find({ select: { id: true, status: true }, where: { serviceId, id: In([...ids]) } });
    return new Map(rows.map((r) => [r.id, r.status]));
  }

  private decrypt(row: NotificationEntity): StoredNotification {
    return {
      id: row.id,
      serviceId: row.serviceId,
      templateId: row.templateId,
      templateVersion: row.templateVersion,
      apiKeyId: row.apiKeyId,
      keyType: row.keyType,
      type: row.notificationType,
      recipient: this.cipher.decrypt(row.recipient),
      personalisation: this.cipher.decryptJson(row.personalisation),
      clientReference: row.clientReference,
      status: row.status,
      replyTo: row.replyTo,
      oneClickUnsubscribeUrl: row.oneClickUnsubscribeUrl,
      provider: row.provider,
      providerReference: row.providerReference,
      billableUnits: row.billableUnits,
      jobId: row.jobId,
      createdById: row.createdById,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      sentAt: row.sentAt,
      sms: row.notificationType === 'sms'
        ? { sender: row.smsSender, international: row.international, phonePrefix: row.phonePrefix, rateMultiplier: row.rateMultiplier }
        : null,
      letter: row.notificationType === 'letter' ? { postage: row.postage, reference: row.letterReference } : null,
    };
  }
}
