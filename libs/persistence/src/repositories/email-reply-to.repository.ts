import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EmailReplyTo } from '@herald/domain';
import { EmailReplyToEntity } from '../entities/email-reply-to.entity';
import { SettingsChanges } from '../settings/settings-changes';

@Injectable()
export class EmailReplyToRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly changes: SettingsChanges,
  ) {}

  /** The first address a service adds becomes its default whether asked or not. */
  async add(serviceId: string, emailAddress: string, makeDefault: boolean): Promise<EmailReplyTo> {
    const added = await this.dataSource.transaction(async (tx) => {
      const existing = await tx.countBy(EmailReplyToEntity, { serviceId, archived: false });
      const isDefault = makeDefault || existing === 0;
      if (isDefault) await tx.update(EmailReplyToEntity, { serviceId }, { isDefault: false });
      const entity: EmailReplyToEntity = { id: randomUUID(), serviceId, emailAddress, isDefault, archived: false, createdAt: new Date() };
      await tx.insert(EmailReplyToEntity, entity);
      return toReplyTo(entity);
    });
    await this.changed(serviceId);
    return added;
  }

  async findActive(serviceId: string, id: string): Promise<EmailReplyTo | null> {
    const entity = await this.dataSource.getRepository(EmailReplyToEntity).findOneBy({ id, serviceId, archived: false });
    return entity ? toReplyTo(entity) : null;
  }

  /** Default first, then oldest first. */
  async list(serviceId: string): Promise<EmailReplyTo[]> {
    const rows = await this.dataSource.getRepository(EmailReplyToEntity).find({
      where: { serviceId, archived: false },
      order: { isDefault: 'DESC', createdAt: 'ASC', id: 'ASC' },
    });
    return rows.map(toReplyTo);
  }

  /** False when the address is not the service's (or is removed). */
  async setDefault(serviceId: string, id: string): Promise<boolean> {
    const changed = await this.dataSource.transaction(async (tx) => {
      if (!(await tx.findOneBy(EmailReplyToEntity, { id, serviceId, archived: false }))) return false;
      await tx.update(EmailReplyToEntity, { serviceId }, { isDefault: false });
      await tx.update(EmailReplyToEntity, { id, serviceId }, { isDefault: true });
      return true;
    });
    await this.changed(serviceId);
    return changed;
  }

  async archive(serviceId: string, id: string): Promise<boolean> {
    const result = await this.dataSource.getRepository(EmailReplyToEntity).update({ id, serviceId, archived: false }, { archived: true, isDefault: false });
    await this.changed(serviceId);
    return (result.affected ?? 0) > 0;
  }

  async findDefault(serviceId: string): Promise<EmailReplyTo | null> {
    const entity = await this.dataSource.getRepository(EmailReplyToEntity).findOneBy({ serviceId, isDefault: true, archived: false });
    return entity ? toReplyTo(entity) : null;
  }

  private changed(serviceId: string): Promise<void> {
    return this.changes.announce({ kind: 'reply-tos', serviceId });
  }
}

const toReplyTo = (e: EmailReplyToEntity): EmailReplyTo => ({ id: e.id, emailAddress: e.emailAddress, isDefault: e.isDefault });
