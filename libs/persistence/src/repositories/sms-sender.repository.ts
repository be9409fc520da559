import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, Repository } from 'typeorm';
import { SmsSender, SmsSenderOptions, validatePhoneNumber } from '@herald/domain';
import { SmsSenderEntity } from '../entities/sms-sender.entity';
import { SettingsChanges } from '../settings/settings-changes';

/** The names or numbers a service's texts come from; one is the default. */
@Injectable()
export class SmsSenderRepository {
  private readonly senders: Repository<SmsSenderEntity>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly changes: SettingsChanges,
  ) {
    this.senders = dataSource.getRepository(SmsSenderEntity);
  }

  /** The first sender a service adds becomes its default whether asked or not. */
  async add(serviceId: string, smsSender: string, options: SmsSenderOptions = {}): Promise<SmsSender> {
    const added = await this.dataSource.transaction(async (tx) => {
      const existing = await tx.countBy(SmsSenderEntity, { serviceId, archived: false });
      const isDefault = options.isDefault === true || existing === 0;
      if (isDefault) await tx.update(SmsSenderEntity, { serviceId }, { isDefault: false, updatedAt: new Date() });
      const inboundNumber = options.inboundNumber ?? null;
      const entity: SmsSenderEntity = {
        id: randomUUID(),
        serviceId,
        smsSender,
        isDefault,
        inboundNumber,
        inboundNumberNormalised: inboundNumber === null ? null : normalised(inboundNumber),
        archived: false,
        createdAt: new Date(),
        updatedAt: null,
      };
      await tx.insert(SmsSenderEntity, entity);
      return toSender(entity);
    });
    await this.changed(serviceId);
    return added;
  }

  async findDefault(serviceId: string): Promise<SmsSender | null> {
    const entity = await this.senders.findOneBy({ serviceId, isDefault: true, archived: false });
    return entity ? toSender(entity) : null;
  }

  async findActive(serviceId: string, id: string): Promise<SmsSender | null> {
    const entity = await this.senders.findOneBy({ id, serviceId, archived: false });
    return entity ? toSender(entity) : null;
  }

  /** Default first, then oldest first. */
  async list(serviceId: string): Promise<SmsSender[]> {
    const rows = await this.senders.find({ where: { serviceId, archived: false }, order: { isDefault: 'DESC', createdAt: 'ASC', id: 'ASC' } });
    return rows.map(toSender);
  }

  /** False when the sender is not the service's (or is removed). */
  async setDefault(serviceId: string, id: string): Promise<boolean> {
    const changed = await this.dataSource.transaction(async (tx) => {
      if (!(await tx.findOneBy(SmsSenderEntity, { id, serviceId, archived: false }))) return false;
      await tx.update(SmsSenderEntity, { serviceId }, { isDefault: false, updatedAt: new Date() });
      await tx.update(SmsSenderEntity, { id, serviceId }, { isDefault: true, updatedAt: new Date() });
      return true;
    });
    await this.changed(serviceId);
    return changed;
  }

  async archive(serviceId: string, id: string): Promise<void> {
    await this.senders.update({ id, serviceId }, { archived: true, isDefault: false, updatedAt: new Date() });
    await this.changed(serviceId);
  }

  /**
   * Platform-wide: which service owns the number a text was sent to (inbound numbers are unique).
   * Any spelling of the number matches (`07700900500`, `+447700900500`); `inboundNumber` comes back as stored.
   */
  async findServiceByInboundNumber(number: string): Promise<{ serviceId: string; inboundNumber: string } | null> {
    const entity = await this.senders.findOneBy({ inboundNumberNormalised: normalised(number), archived: false });
    return entity?.inboundNumber ? { serviceId: entity.serviceId, inboundNumber: entity.inboundNumber } : null;
  }

  private changed(serviceId: string): Promise<void> {
    return this.changes.announce({ kind: 'sms-senders', serviceId });
  }
}

const toSender = (e: SmsSenderEntity): SmsSender => ({
  id: e.id,
  serviceId: e.serviceId,
  smsSender: e.smsSender,
  isDefault: e.isDefault,
  inboundNumber: e.inboundNumber,
});

function normalised(number: string): string {
  const phone = validatePhoneNumber(number);
  return phone.ok ? phone.normalised : number.trim();
}
