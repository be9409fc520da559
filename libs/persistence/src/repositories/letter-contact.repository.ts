import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, Repository } from 'typeorm';
import type { LetterContact } from '@herald/domain';
import { ServiceLetterContactEntity } from '../entities/service-letter-contact.entity';

/** A service's letter contact blocks; letter templates without their own block use the default. */
@Injectable()
export class LetterContactRepository {
  private readonly contacts: Repository<ServiceLetterContactEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.contacts = dataSource.getRepository(ServiceLetterContactEntity);
  }

  /** The first block a service adds becomes its default whether asked or not. */
  async add(serviceId: string, contactBlock: string, makeDefault: boolean): Promise<LetterContact> {
    return this.dataSource.transaction(async (tx) => {
      const existing = await tx.countBy(ServiceLetterContactEntity, { serviceId, archived: false });
      const isDefault = makeDefault || existing === 0;
      if (isDefault) await tx.update(ServiceLetterContactEntity, { serviceId }, { isDefault: false, updatedAt: new Date() });
      const entity: ServiceLetterContactEntity = {
        id: randomUUID(),
        serviceId,
        contactBlock,
        isDefault,
        archived: false,
        createdAt: new Date(),
        updatedAt: null,
      };
      await tx.insert(ServiceLetterContactEntity, entity);
      return toContact(entity);
    });
  }

  /** Default first, then oldest first. */
  async list(serviceId: string): Promise<LetterContact[]> {
    const rows = await this.contacts.find({ where: { serviceId, archived: false }, order: { isDefault: 'DESC', createdAt: 'ASC', id: 'ASC' } });
    return rows.map(toContact);
  }

  async findActive(serviceId: string, id: string): Promise<LetterContact | null> {
    const entity = await this.contacts.findOneBy({ id, serviceId, archived: false });
    return entity ? toContact(entity) : null;
  }

  async findDefault(serviceId: string): Promise<LetterContact | null> {
    const entity = await this.contacts.findOneBy({ serviceId, isDefault: true, archived: false });
    return entity ? toContact(entity) : null;
  }

  /** False when the block is not the service's (or is removed). */
  async setDefault(serviceId: string, id: string): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      if (!(await tx.findOneBy(ServiceLetterContactEntity, { id, serviceId, archived: false }))) return false;
      await tx.update(ServiceLetterContactEntity, { serviceId }, { isDefault: false, updatedAt: new Date() });
      await tx.update(ServiceLetterContactEntity, { id, serviceId }, { isDefault: true, updatedAt: new Date() });
      return true;
    });
  }

  async archive(serviceId: string, id: string): Promise<boolean> {
    const result = await this.contacts.update({ id, serviceId, archived: false }, { archived: true, isDefault: false, updatedAt: new Date() });
    return (result.affected ?? 0) > 0;
  }
}

const toContact = (e: ServiceLetterContactEntity): LetterContact => ({ id: e.id, contactBlock: e.contactBlock, isDefault: e.isDefault });
