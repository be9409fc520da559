import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, SelectQueryBuilder } from 'typeorm';
import type { KeyType, NotificationStatus, TemplateType } from '@herald/domain';
import { FieldCipher } from '../database/field-cipher';
import { NotificationEntity } from '../entities/notification.entity';

const BATCH = 500;
/** What a found row needs: never the personalisation. */
const COLUMNS: ReadonlyArray<keyof NotificationEntity> = [
  'id',
  'notificationType',
  'status',
  'recipient',
  'clientReference',
  'templateId',
  'keyType',
  'apiKeyId',
  'createdById',
  'jobId',
  'createdAt',
  'updatedAt',
];

/** What the activity page and its download look for; every part is optional and they all must match. */
export interface NotificationSearch {
  readonly search?: {
    /** Whole normalised recipients, matched by their keyed hash in every row. */
    readonly normalisedRecipients: readonly string[];
    /** Parts of a recipient (lower case, no spaces; a phone number's digits) looked for in each decrypted recipient. */
    readonly fragments: readonly string[];
    /** Part of a reference, in any case. */
    readonly reference: string;
  };
  readonly channels?: readonly TemplateType[];
  readonly statuses?: readonly NotificationStatus[];
  /** Rows skipped before the first one given: applied in SQL when nothing is searched. */
  readonly offset?: number;
  /** How many of the newest rows have their recipients decrypted to look for a part of one. */
  readonly scanLimit: number;
}

/** One notification found, with who sent it. */
export interface FoundNotification {
  readonly id: string;
  readonly channel: TemplateType;
  readonly status: NotificationStatus;
  readonly recipient: string;
  readonly clientReference: string | null;
  readonly templateId: string;
  readonly keyType: KeyType;
  readonly apiKeyId: string | null;
  readonly createdById: string | null;
  readonly jobId: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date | null;
}

/** The rows found, newest first, read a batch at a time; `limited` turns true once the scan for parts of recipients stopped. */
export interface SearchResults {
  readonly rows: AsyncGenerator<FoundNotification>;
  readonly limited: boolean;
}

/**
 * A service's notifications found by part of a recipient or reference, for the activity page and
 * its download. Recipients are encrypted: a whole address or number matches its keyed hash in any
 * row, while a part of one is looked for in the newest `scanLimit` rows only, each decrypted in
 * turn (older rows still match a whole recipient or part of a reference in SQL).
 */
@Injectable()
export class NotificationSearchRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
  ) {}

  search(serviceId: string, query: NotificationSearch): SearchResults {
    const state = { limited: false };
    const rows = this.rows(serviceId, query, state);
    return {
      rows,
      get limited() {
        return state.limited;
      },
    };
  }

  private async *rows(serviceId: string, query: NotificationSearch, state: { limited: boolean }): AsyncGenerator<FoundNotification> {
    let after: string | null = null;
    let scanned = 0;
    let offset = query.search ? 0 : (query.offset ?? 0);
    for (;;) {
      const decrypting = query.search !== undefined && scanned < query.scanLimit;
      const batch = await this.batch(serviceId, query, after, offset, decrypting);
      offset = 0;
      if (batch.length === 0) return;
      for (const row of batch) {
        const recipient = this.cipher.decrypt(row.recipient);
        if (!decrypting || this.matches(row, recipient, query.search)) yield this.found(row, recipient);
      }
      after = batch[batch.length - 1].id;
      if (decrypting) {
        scanned += batch.length;
        if (scanned >= query.scanLimit && batch.length === BATCH) state.limited = true;
      }
    }
  }

  private batch(serviceId: string, query: NotificationSearch, after: string | null, offset: number, decrypting: boolean): Promise<NotificationEntity[]> {
    const qb = this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .select(COLUMNS.map((column) => `n.${column}`))
      .where('n.service_id = :serviceId', { serviceId })
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .offset(offset)
      .limit(BATCH);
    if (query.channels?.length) qb.andWhere('n.notification_type IN (:...channels)', { channels: query.channels });
    if (query.statuses?.length) qb.andWhere('n.status IN (:...statuses)', { statuses: query.statuses });
    if (after !== null) {
      const anchor = 'SELECT a.created_at FROM notifications a WHERE a.id = :after AND a.service_id = :serviceId';
      qb.andWhere(`(n.created_at < (${anchor}) OR (n.created_at = (${anchor}) AND n.id < :after))`, { after });
    }
    if (query.search && !decrypting) this.wholeRecipientOrReference(qb, query.search);
    return qb.getMany();
  }

  /** Past the scan: a whole recipient by its hash, or part of a reference. */
  private wholeRecipientOrReference(qb: SelectQueryBuilder<NotificationEntity>, search: NonNullable<NotificationSearch['search']>): void {
    const hashes = search.normalisedRecipients.map((recipient) => this.cipher.hash(recipient));
    const pattern = `%${search.reference.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    qb.andWhere(
      new Brackets((w) => {
        w.where("LOWER(n.client_reference) LIKE :pattern ESCAPE '\\'", { pattern });
        if (hashes.length) w.orWhere('n.recipient_hash IN (:...hashes)', { hashes });
      }),
    );
  }

  private matches(row: NotificationEntity, recipient: string, search: NonNullable<NotificationSearch['search']>): boolean {
    if (row.clientReference?.toLowerCase().includes(search.reference.toLowerCase())) return true;
    const forms = recipientForms(recipient);
    return search.fragments.some((fragment) => forms.some((form) => form.includes(fragment)));
  }

  private found(row: NotificationEntity, recipient: string): FoundNotification {
    return {
      id: row.id,
      channel: row.notificationType,
      status: row.status,
      recipient,
      clientReference: row.clientReference,
      templateId: row.templateId,
      keyType: row.keyType,
      apiKeyId: row.apiKeyId,
      createdById: row.createdById,
      jobId: row.jobId,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  }
}

/**
 * The forms a stored recipient is searched in: lower case without spaces, and, when it has digits,
 * a phone number's digits in international form (07700 → 447700, 0044 → 44).
 */
export function recipientForms(recipient: string): string[] {
  const text = recipient.toLowerCase().replace(/\s+/g, '');
  const digits = recipient.replace(/\D/g, '');
  if (!digits || /[a-z@]/i.test(recipient)) return [text];
  return [text, digits.startsWith('00') ? digits.slice(2) : digits.startsWith('0') ? `44${digits.slice(1)}` : digits];
}
