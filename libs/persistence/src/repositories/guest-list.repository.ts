import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, Repository } from 'typeorm';
import { GuestListEntry, GuestListRecipientType, parseGuestListRecipient } from '@herald/domain';
import { FieldCipher } from '../database/field-cipher';
import { GuestListEntryEntity } from '../entities/guest-list-entry.entity';

/** Thrown when a guest-list recipient is neither a valid email address nor a valid phone number. */
export class InvalidGuestListRecipientError extends Error {}

/**
 * People outside the team that a service in trial mode, or a team key, may send to. Recipients
 * are stored encrypted and found by a keyed hash of their normalised form.
 */
@Injectable()
export class GuestListRepository {
  private readonly entries: Repository<GuestListEntryEntity>;

  constructor(
    dataSource: DataSource,
    private readonly cipher: FieldCipher,
  ) {
    this.entries = dataSource.getRepository(GuestListEntryEntity);
  }

  /** An email address or a phone number; adding one already on the list changes nothing. */
  async add(serviceId: string, recipient: string): Promise<GuestListEntry> {
    const parsed = parseGuestListRecipient(recipient);
    if (!parsed.ok) throw new InvalidGuestListRecipientError(parsed.message);
    const recipientHash = this.hashOf(parsed.type, parsed.normalised);
    const existing = await this.entries.findOneBy({ serviceId, recipientType: parsed.type, recipientHash });
    if (existing) return { id: existing.id, recipientType: existing.recipientType, recipient: this.cipher.decrypt(existing.recipient) };
    const entity: GuestListEntryEntity = {
      id: randomUUID(),
      serviceId,
      recipientType: parsed.type,
      recipient: this.cipher.encrypt(parsed.recipient),
      recipientHash,
      createdAt: new Date(),
    };
    await this.entries.insert(entity);
    return { id: entity.id, recipientType: parsed.type, recipient: parsed.recipient };
  }

  /** The whole list, in the order entries were added. */
  async list(serviceId: string): Promise<GuestListEntry[]> {
    const rows = await this.entries.find({ where: { serviceId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return rows.map((row) => ({ id: row.id, recipientType: row.recipientType, recipient: this.cipher.decrypt(row.recipient) }));
  }

  /** Replaces the whole list in one transaction; throws before changing anything if an entry is invalid. */
  async replace(serviceId: string, recipients: readonly string[]): Promise<GuestListEntry[]> {
    const parsed = recipients.map((recipient) => parseGuestListRecipient(recipient));
    const invalid = parsed.find((p) => !p.ok);
    if (invalid && !invalid.ok) throw new InvalidGuestListRecipientError(invalid.message);
    const seen = new Set<string>();
    const start = Date.now();
    const entities: GuestListEntryEntity[] = [];
    for (const entry of parsed) {
      if (!entry.ok) continue;
      const recipientHash = this.hashOf(entry.type, entry.normalised);
      if (seen.has(`${entry.type}:${recipientHash}`)) continue;
      seen.add(`${entry.type}:${recipientHash}`);
      // Distinct times keep the order the team typed them in.
      const createdAt = new Date(start + entities.length);
      entities.push({ id: randomUUID(), serviceId, recipientType: entry.type, recipient: this.cipher.encrypt(entry.recipient), recipientHash, createdAt });
    }
    await this.entries.manager.transaction(async (manager) => {
      await manager.delete(GuestListEntryEntity, { serviceId });
      if (entities.length) await manager.insert(GuestListEntryEntity, entities);
    });
    return entities.map((e) => ({ id: e.id, recipientType: e.recipientType, recipient: this.cipher.decrypt(e.recipient) }));
  }

  /** `normalised` is a lower-cased email address or E.164 digits without `+`. */
  async contains(serviceId: string, recipientType: GuestListRecipientType, normalised: string): Promise<boolean> {
    return this.entries.existsBy({ serviceId, recipientType, recipientHash: this.hashOf(recipientType, normalised) });
  }

  // The same keyed hash notifications use for their recipients; the type column keeps kinds apart.
  private hashOf(_type: GuestListRecipientType, normalised: string): string {
    return this.cipher.hash(normalised);
  }
}
