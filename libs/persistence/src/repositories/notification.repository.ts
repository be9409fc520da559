import { Injectable } from '@nestjs/common';
import { And, Brackets, DataSource, EntityManager, Equal, FindOptionsWhere, In, IsNull, LessThan, MoreThan, Not, Repository } from 'typeorm';
import {
  canTransition,
  DeliveryResult,
  isReportedStatus,
  NewNotification,
  NotificationStatus,
  ProviderReceipt,
  ReceiptOutcome,
  statusesThatMayBecome,
  StoredNotification,
  TemplateType,
} from '@herald/domain';
import { FieldCipher } from '../database/field-cipher';
import { NotificationEntity } from '../entities/notification.entity';
import { addCallbackEvent } from './callback-outbox';
import { addStatusChange } from './notification-status-history';
import { recordCreatedDeliveries, RecordedDelivery } from './notification-deliveries';
import { NotificationInserts } from './notification-inserts';
import { notificationRow } from './notification-row';
import { NotificationListQuery, ReplayCursor, StuckNotification } from './notification.types';

/** The claim columns of a notification nobody holds for delivery (see NotificationClaimRepository). */
export const NO_CLAIM = { claimedUntil: null, claimToken: null } as const;

@Injectable()
export class NotificationRepository {
  private readonly rows: Repository<NotificationEntity>;
  private readonly inserts: NotificationInserts;

  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
  ) {
    this.rows = dataSource.getRepository(NotificationEntity);
    this.inserts = new NotificationInserts(dataSource);
  }

  /** `manager` stores it inside a caller's transaction (e.g. with the files it links to). */
  async insert(input: NewNotification, manager?: EntityManager): Promise<void> {
    if (manager) await manager.getRepository(NotificationEntity).insert(notificationRow(this.cipher, input));
    else await this.inserts.insert([notificationRow(this.cipher, input)]);
  }

  /** Sends that arrived together (NotificationWriter's batches), in one statement: all stored, or none. */
  async insertMany(inputs: readonly NewNotification[]): Promise<void> {
    await this.inserts.insert(inputs.map((input) => notificationRow(this.cipher, input)));
  }

  /** A notification that ends before it starts (a recipient's choice stopped it), with its reason and history. */
  async insertCancelled(input: NewNotification, reason: string): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await tx.insert(NotificationEntity, { ...notificationRow(this.cipher, input), status: 'cancelled', statusReason: reason, updatedAt: input.createdAt });
      await addStatusChange(tx, { notificationId: input.id, serviceId: input.serviceId, status: 'cancelled', at: input.createdAt });
    });
  }

  /**
   * A bulk send's rows at once, stored only while the job is `in-progress` (none once it is
   * cancelled); a row whose id or (job, row number) is already stored is skipped.
   */
  async insertIgnoringDuplicates(jobId: string, inputs: readonly NewNotification[]): Promise<void> {
    await this.inserts.insert(
      inputs.map((input) => notificationRow(this.cipher, input)),
      { forJob: jobId },
    );
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
          w
            .where('n.created_at < :markerAt', { markerAt: marker.createdAt })
            .orWhere(
              new Brackets((tie) =>
                tie.where('n.created_at = :markerAt', { markerAt: marker.createdAt }).andWhere('n.id < :markerId', { markerId: marker.id }),
              ),
            ),
        ),
      );
    }
    const rows = await qb.orderBy('n.created_at', 'DESC').addOrderBy('n.id', 'DESC').take(query.limit).getMany();
    return rows.map((row) => this.decrypt(row));
  }

  async recordDelivery(serviceId: string, id: string, result: DeliveryResult): Promise<void> {
    const recorded = await this.dataSource.transaction((tx) =>
      this.updateStatusWithEvent(
        tx,
        { id, serviceId, status: 'created' },
        {
          status: result.status,
          provider: result.provider,
          providerReference: result.providerReference,
          sentAt: result.sentAt,
          updatedAt: result.sentAt,
          ...NO_CLAIM,
        },
      ),
    );
    if (recorded) return;
    // The provider's receipt came back before this update: keep its (later) status, add what only we know.
    await this.rows.update(
      { id, serviceId, status: Not('created'), providerReference: IsNull() },
      { provider: result.provider, providerReference: result.providerReference, sentAt: result.sentAt, ...NO_CLAIM },
    );
  }

  /**
   * Applies a provider's receipt if it moves the notification forward (`canTransition`), in one
   * conditional UPDATE, so a repeated, late or out-of-order receipt changes nothing. The receipt
   * may come before the worker recorded `sending` (still `created`); it is applied then, and
   * `recordDelivery` keeps it. A known provider reference must match the receipt's.
   */
  async applyReceipt(receipt: ProviderReceipt): Promise<ReceiptOutcome> {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const row = await this.rows.findOne({
        select: { id: true, serviceId: true, status: true, providerReference: true },
        where: {
          id: receipt.id,
          ...(receipt.serviceId ? { serviceId: receipt.serviceId } : {}),
          ...(receipt.type ? { notificationType: receipt.type } : {}),
          ...(receipt.liveOnly ? { keyType: Not('test' as const) } : {}),
        },
      });
      if (!row) return { applied: false, reason: 'not-found' };
      if (receipt.providerReference && row.providerReference && row.providerReference !== receipt.providerReference) {
        return { applied: false, reason: 'reference-mismatch', serviceId: row.serviceId, from: row.status };
      }
      if (!canTransition(row.status, receipt.status)) return { applied: false, reason: 'not-forward', serviceId: row.serviceId, from: row.status };
      const applied = await this.dataSource.transaction((tx) =>
        this.updateStatusWithEvent(
          tx,
          {
            id: row.id,
            serviceId: row.serviceId,
            status: In(statusesThatMayBecome(receipt.status)),
            providerReference: row.providerReference === null ? IsNull() : row.providerReference,
          },
          { status: receipt.status, updatedAt: receipt.at },
        ),
      );
      if (applied) return { applied: true, serviceId: row.serviceId, from: row.status };
      // Someone else changed the row between the read and the update: look again.
    }
    return { applied: false, reason: 'not-forward' };
  }

  /** Platform-wide, for receipts that name only the notification (bounces, complaints): whose it is. */
  async findOwner(id: string): Promise<{ id: string; serviceId: string; type: TemplateType } | null> {
    const row = await this.rows.findOne({ select: { id: true, serviceId: true, notificationType: true }, where: { id } });
    return row ? { id: row.id, serviceId: row.serviceId, type: row.notificationType } : null;
  }

  /** Platform-wide, for the sending timeout: notifications still waiting for a receipt, sent before `before`. */
  async findAwaitingReceiptSentBefore(before: Date, limit: number): Promise<Array<{ id: string; serviceId: string }>> {
    const rows = await this.rows.find({
      select: { id: true, serviceId: true },
      where: { status: In(['sending', 'pending']), notificationType: Not('letter'), sentAt: LessThan(before) },
      order: { sentAt: 'ASC' },
      take: limit,
    });
    return rows.map((r) => ({ id: r.id, serviceId: r.serviceId }));
  }

  /** A notification that can never be sent ends here, without a provider. */
  async fail(serviceId: string, id: string, status: NotificationStatus, at = new Date()): Promise<void> {
    await this.dataSource.transaction((tx) => this.updateStatusWithEvent(tx, { id, serviceId, status: 'created' }, { status, updatedAt: at, ...NO_CLAIM }));
  }

  /**
   * Every status change goes through here, inside the caller's transaction: when the update
   * matched (`where` names the notification and the status it must still have), the change is
   * added to the notification's status history, and when the new status
   * is one a delivery-status callback reports, an outbox event is written with it, so the callback
   * can never be lost or sent for a change that was rolled back. Says whether the row changed.
   */
  private async updateStatusWithEvent(
    manager: EntityManager,
    where: FindOptionsWhere<NotificationEntity> & { id: string; serviceId: string },
    change: Partial<NotificationEntity> & { status: NotificationStatus },
  ): Promise<boolean> {
    const result = await manager.update(NotificationEntity, where, change);
    if ((result.affected ?? 0) !== 1) return false;
    await addStatusChange(manager, { notificationId: where.id, serviceId: where.serviceId, status: change.status, at: change.updatedAt ?? new Date() });
    if (isReportedStatus(change.status)) {
      await addCallbackEvent(manager, { serviceId: where.serviceId, callbackType: 'delivery_status', notificationId: where.id, status: change.status });
    }
    return true;
  }

  /**
   * Platform-wide, for the replay sweep: email and SMS notifications still `created` and not held
   * by a worker, created before `before`, oldest first. Pass the last one returned as `after` to
   * read the next page.
   */
  async findUnclaimedCreatedBefore(before: Date, limit: number, after?: ReplayCursor): Promise<StuckNotification[]> {
    const now = new Date();
    // Letters have their own sweep: a rendered letter stays `created` until the print batch.
    const base = { status: 'created' as const, notificationType: Not('letter' as TemplateType) };
    const unclaimed = [{ claimedUntil: IsNull() }, { claimedUntil: LessThan(now) }];
    const pages: FindOptionsWhere<NotificationEntity>[] = after
      ? [{ createdAt: And(MoreThan(after.createdAt), LessThan(before)) }, { createdAt: Equal(after.createdAt), id: MoreThan(after.id) }]
      : [{ createdAt: LessThan(before) }];
    const rows = await this.rows.find({
      select: { id: true, serviceId: true, notificationType: true, createdAt: true },
      where: pages.flatMap((page) => unclaimed.map((claim) => ({ ...base, ...page, ...claim }))),
      order: { createdAt: 'ASC', id: 'ASC' },
      take: limit,
    });
    return rows.map((r) => ({ id: r.id, serviceId: r.serviceId, type: r.notificationType, createdAt: r.createdAt }));
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
      sms:
        row.notificationType === 'sms'
          ? { sender: row.smsSender, international: row.international, phonePrefix: row.phonePrefix, rateMultiplier: row.rateMultiplier }
          : null,
      letter: row.notificationType === 'letter' ? { postage: row.postage, reference: row.letterReference } : null,
      messageId: row.messageId,
      letterFormat: row.letterFormat,
      statusReason: row.statusReason,
    };
  }

  /** recordDelivery for sends that finished together (the worker batches them): on PostgreSQL, one statement or one transaction for all. */
  async recordDeliveries(deliveries: readonly RecordedDelivery[]): Promise<void> {
    if (deliveries.length === 0) return;
    const oneByOne = this.dataSource.options.type === 'postgres' ? await recordCreatedDeliveries(this.dataSource, deliveries) : deliveries;
    for (const { serviceId, id, result } of oneByOne) await this.recordDelivery(serviceId, id, result);
  }

  /** A row of the notifications table as read by raw SQL (UPDATE … RETURNING *), as findById answers it. */
  fromRawRow(raw: Record<string, unknown>): StoredNotification {
    const metadata = this.dataSource.getMetadata(NotificationEntity);
    const row = metadata.create() as NotificationEntity;
    for (const column of metadata.columns) column.setEntityValue(row, this.dataSource.driver.prepareHydratedValue(raw[column.databaseName], column));
    return this.decrypt(row);
  }
}
