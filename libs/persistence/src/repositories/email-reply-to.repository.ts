import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EmailReplyToEntity } from '../entities/email-reply-to.entity';

export interface EmailReplyTo {
  readonly id: string;
  readonly emailAddress: string;
  readonly isDefault: boolean;
}

@Injectable()
export class EmailReplyToRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The first address a service adds becomes its default whether asked or not. */
  async add(serviceId: string, emailAddress: string, makeDefault: boolean): Promise<EmailReplyTo> {
    return this.dataSource.transaction(async (tx) => {
      const existing = await tx.countBy(EmailReplyToEntity, { serviceId, archived: false });
      const isDefault = makeDefault || existing === 0;
      if (isDefault) await tx.update(EmailReplyToEntity, { serviceId }, { isDefault: false });
      const entity: EmailReplyToEntity = { id: randomUUID(), serviceId, emailAddress, isDefault, archived: false, createdAt: new Date() };
      await tx.insert(EmailReplyToEntity, entity);
      return toReplyTo(entity);
    });
  }

  async findActive(serviceId: string, id: string): Promise<EmailReplyTo | null> {
    const entity = await this.dataSource.getRepository(EmailReplyToEntity).findOneBy({ id, serviceId, archived: false });
    return entity ? toReplyTo(entity) : null;
  }

  async findDefault(serviceId: string): Promise<EmailReplyTo | null> {
    const entity = await this.dataSource.getRepository(EmailReplyToEntity).findOneBy({ serviceId, isDefault: true, archived: false });
    return entity ? toReplyTo(entity) : null;
  }
}

const toReplyTo = (e: EmailReplyToEntity): EmailReplyTo => ({ id: e.id, emailAddress: e.emailAddress, isDefault: e.isDefault });
