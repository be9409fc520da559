import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, LessThan, Repository } from 'typeorm';
import { LetterFormat, LetterPdf, LetterStatusChange, NewLetter, NotificationStatus, PrintReadyLetter } from '@herald/domain';
import { FieldCipher } from '../database/field-cipher';
import { AlternativeFormatEntity } from '../entities/alternative-format.entity';
import { LetterPdfEntity } from '../entities/letter-pdf.entity';
import { NotificationEntity } from '../entities/notification.entity';
import { NotificationRepository } from './notification.repository';
import { addStatusChange } from './notification-status-history';

/** Letters: their notification rows and their PDFs (encrypted, so any API instance can serve them). */
@Injectable()
export class LetterRepository {
  private readonly notifications: Repository<NotificationEntity>;
  private readonly pdfs: Repository<LetterPdfEntity>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
    private readonly notificationStatuses: NotificationRepository,
  ) {
    this.notifications = dataSource.getRepository(NotificationEntity);
    this.pdfs = dataSource.getRepository(LetterPdfEntity);
  }

  /** Stores the letter; a precompiled letter's upload is stored with it in one transaction. */
  async insert(letter: NewLetter, upload?: Buffer): Promise<void> {
    if (!upload && letter.status === 'created') {
      await this.notifications.insert(this.notificationRow(letter));
      return;
    }
    await this.dataSource.transaction(async (tx) => {
      await tx.insert(NotificationEntity, this.notificationRow(letter));
      if (upload) await tx.insert(LetterPdfEntity, this.pdfRow(letter.serviceId, letter.id, 'uploaded', upload, 0));
      if (letter.status === 'pending-alternative-format') await tx.insert(AlternativeFormatEntity, this.alternativeRow(letter));
      // A letter stored past `created` (a test key's, or one waiting for its virus check) starts its history there.
      if (letter.status !== 'created')
        await addStatusChange(tx, { notificationId: letter.id, serviceId: letter.serviceId, status: letter.status, at: letter.createdAt });
    });
  }

  private alternativeRow(letter: NewLetter): AlternativeFormatEntity {
    return {
      notificationId: letter.id,
      serviceId: letter.serviceId,
      messageId: letter.messageId ?? '',
      format: (letter.letterFormat ?? 'braille') as LetterFormat,
      renderedText: this.cipher.encrypt(letter.alternativeText ?? ''),
      createdAt: letter.createdAt,
      doneById: null,
      doneAt: null,
    };
  }

  private notificationRow(letter: NewLetter): Partial<NotificationEntity> {
    return {
      id: letter.id,
      serviceId: letter.serviceId,
      templateId: letter.templateId,
      templateVersion: letter.templateVersion,
      apiKeyId: letter.apiKeyId,
      keyType: letter.keyType,
      notificationType: 'letter',
      recipient: this.cipher.encrypt(letter.address),
      recipientHash: this.cipher.hash(letter.address.toLowerCase().replace(/\s+/g, '')),
      personalisation: this.cipher.encryptJson(letter.personalisation),
      clientReference: letter.clientReference,
      status: letter.status,
      replyTo: null,
      oneClickUnsubscribeUrl: null,
      billableUnits: 0,
      postage: letter.postage,
      letterReference: letter.letterReference,
      createdById: letter.createdById ?? null,
      createdAt: letter.createdAt,
      updatedAt: null,
      sentAt: null,
      claimedUntil: null,
      messageId: letter.messageId ?? null,
      letterFormat: letter.letterFormat ?? null,
    };
  }

  /** Keeps the first PDF stored for a letter: a second render of the same letter changes nothing. */
  async savePdf(serviceId: string, notificationId: string, pdf: Buffer, pageCount: number): Promise<void> {
    await this.pdfs
      .createQueryBuilder()
      .insert()
      .into(LetterPdfEntity)
      .values(this.pdfRow(serviceId, notificationId, 'rendered', pdf, pageCount))
      .orIgnore()
      .execute();
  }

  async setPageCount(serviceId: string, notificationId: string, pageCount: number): Promise<void> {
    await this.pdfs.update({ serviceId, notificationId }, { pageCount });
  }

  async findPdf(serviceId: string, notificationId: string): Promise<LetterPdf | null> {
    const row = await this.pdfs.findOneBy({ serviceId, notificationId });
    if (!row) return null;
    return { source: row.source, pdf: Buffer.from(this.cipher.decrypt(row.pdf), 'base64'), pageCount: row.pageCount };
  }

  async hasPdf(serviceId: string, notificationId: string): Promise<boolean> {
    return (await this.pdfs.countBy({ serviceId, notificationId })) > 0;
  }

  /** Moves a letter on only from one of the statuses given; says whether it moved. */
  async moveStatus(
    serviceId: string,
    id: string,
    from: readonly NotificationStatus[],
    to: NotificationStatus,
    change: LetterStatusChange = {},
    at = new Date(),
  ): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const result = await tx.update(
        NotificationEntity,
        { id, serviceId, notificationType: 'letter', status: In([...from]) },
        { status: to, updatedAt: at, ...change },
      );
      if ((result.affected ?? 0) !== 1) return false;
      await addStatusChange(tx, { notificationId: id, serviceId, status: to, at });
      return true;
    });
  }

  /** Platform-wide, for the letter sweep: letters stored before `before` that have no PDF yet. */
  async findUnrenderedBefore(before: Date, limit: number): Promise<Array<{ id: string; serviceId: string }>> {
    const rows = await this.notifications
      .createQueryBuilder('n')
      .select(['n.id AS id', 'n.service_id AS service_id'])
      .leftJoin(LetterPdfEntity, 'p', 'p.notification_id = n.id')
      .where('n.notification_type = :letter', { letter: 'letter' })
      .andWhere('n.status IN (:...statuses)', { statuses: ['created', 'sending', 'pending-virus-check'] })
      .andWhere('n.created_at < :before', { before })
      .andWhere('(p.notification_id IS NULL OR n.status = :pending)', { pending: 'pending-virus-check' })
      .orderBy('n.created_at', 'ASC')
      .limit(limit)
      .getRawMany<{ id: string; service_id: string }>();
    return rows.map((r) => ({ id: r.id, serviceId: r.service_id }));
  }

  /** Platform-wide, for the print batch: live letters rendered and not yet sent to print, oldest first. */
  async findReadyForPrint(limit: number): Promise<PrintReadyLetter[]> {
    const rows = await this.pdfs
      .createQueryBuilder('p')
      .innerJoin(NotificationEntity, 'n', 'n.id = p.notification_id')
      .select([
        'p.notification_id AS id',
        'p.service_id AS service_id',
        'p.page_count AS page_count',
        'n.postage AS postage',
        'n.letter_reference AS reference',
      ])
      .where('p.print_batch IS NULL')
      .andWhere('n.status = :created', { created: 'created' })
      .andWhere('n.key_type != :test', { test: 'test' })
      .orderBy('n.created_at', 'ASC')
      .limit(limit)
      .getRawMany<{ id: string; service_id: string; page_count: number; postage: string; reference: string }>();
    return rows.map((r) => ({ notificationId: r.id, serviceId: r.service_id, pageCount: Number(r.page_count), postage: r.postage, reference: r.reference }));
  }

  /** The PDFs of letters about to be printed. */
  async pdfsOf(notificationIds: readonly string[]): Promise<Map<string, Buffer>> {
    if (!notificationIds.length) return new Map();
    const rows = await this.pdfs.find({ where: { notificationId: In([...notificationIds]), printBatch: IsNull() } });
    return new Map(rows.map((r) => [r.notificationId, Buffer.from(this.cipher.decrypt(r.pdf), 'base64')]));
  }

  /** Records a batch handed to the printer: each letter moves on from `created` and remembers its batch. */
  async markBatchSent(
    letters: ReadonlyArray<{ notificationId: string; serviceId: string }>,
    batch: string,
    status: NotificationStatus,
    provider: string,
    at = new Date(),
  ): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      for (const { notificationId, serviceId } of letters) {
        const moved = await tx.update(
          NotificationEntity,
          { id: notificationId, serviceId, status: 'created' },
          { status, provider, providerReference: batch, sentAt: at, updatedAt: at },
        );
        if ((moved.affected ?? 0) === 1) await addStatusChange(tx, { notificationId, serviceId, status, at });
        await tx.update(LetterPdfEntity, { notificationId, serviceId }, { printBatch: batch });
      }
    });
  }

  /**
   * Applies the printer's report on one letter, found by id alone (the printer knows no service).
   * Goes through the one forward-only receipt method; says whether anything changed.
   */
  async applyPrintOutcome(notificationId: string, status: 'delivered' | 'returned-letter', at = new Date()): Promise<boolean> {
    return (await this.notificationStatuses.applyReceipt({ id: notificationId, status, at, type: 'letter', liveOnly: true })).applied;
  }

  /** Test-key letters never reach a printer: once rendered, a simulated receipt says delivered. */
  async findStaleTestLetters(before: Date, limit: number): Promise<Array<{ id: string; serviceId: string }>> {
    const rows = await this.notifications.find({
      select: { id: true, serviceId: true },
      where: { notificationType: 'letter', keyType: 'test', status: 'sending', createdAt: LessThan(before) },
      take: limit,
    });
    return rows.map((r) => ({ id: r.id, serviceId: r.serviceId }));
  }

  private pdfRow(serviceId: string, notificationId: string, source: 'rendered' | 'uploaded', pdf: Buffer, pageCount: number): LetterPdfEntity {
    return {
      notificationId,
      serviceId,
      source,
      pdf: this.cipher.encrypt(pdf.toString('base64')),
      pageCount,
      byteSize: pdf.length,
      printBatch: null,
      createdAt: new Date(),
    };
  }
}
