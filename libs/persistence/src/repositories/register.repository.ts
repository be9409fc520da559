import { Injectable } from '@nestjs/common';
import { DataSource, Repository } from 'typeorm';
import type { RegisterAdapter, RegisterDefinition } from '@herald/domain';
import { FieldCipher } from '../database/field-cipher';
import { RegisterEntity } from '../entities/register.entity';

export interface RegisterToSave {
  readonly name: string;
  readonly adapter: RegisterAdapter;
  readonly settings: Readonly<Record<string, unknown>>;
}

/** The registers the platform is connected to (R-OO-1); settings (URLs, tokens) are encrypted at rest. */
@Injectable()
export class RegisterRepository {
  private readonly rows: Repository<RegisterEntity>;

  constructor(
    dataSource: DataSource,
    private readonly cipher: FieldCipher,
  ) {
    this.rows = dataSource.getRepository(RegisterEntity);
  }

  /** Adds the register, or replaces the adapter and settings of the one with this name. */
  async save(definition: RegisterToSave, at = new Date()): Promise<RegisterDefinition> {
    const existing = await this.rows.findOneBy({ name: definition.name });
    const settings = this.cipher.encryptJson(definition.settings);
    if (existing) {
      await this.rows.update({ name: definition.name }, { adapter: definition.adapter, settings, updatedAt: at });
      return { name: definition.name, adapter: definition.adapter, settings: definition.settings, createdAt: new Date(existing.createdAt), updatedAt: at };
    }
    await this.rows.insert({ name: definition.name, adapter: definition.adapter, settings, createdAt: at, updatedAt: null });
    return { name: definition.name, adapter: definition.adapter, settings: definition.settings, createdAt: at, updatedAt: null };
  }

  async find(name: string): Promise<RegisterDefinition | null> {
    const row = await this.rows.findOneBy({ name });
    return row ? this.toDefinition(row) : null;
  }

  /** Every register, by name. */
  async list(): Promise<RegisterDefinition[]> {
    return (await this.rows.find({ order: { name: 'ASC' } })).map((row) => this.toDefinition(row));
  }

  private toDefinition(row: RegisterEntity): RegisterDefinition {
    return {
      name: row.name,
      adapter: row.adapter,
      settings: this.cipher.decryptJson<Record<string, unknown>>(row.settings),
      createdAt: new Date(row.createdAt),
      updatedAt: row.updatedAt ? new Date(row.updatedAt) : null,
    };
  }
}
