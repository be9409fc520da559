import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { ServiceEntity } from '../entities/service.entity';
import { UserEntity } from '../entities/user.entity';

export interface NamedService {
  readonly id: string;
  readonly name: string;
  /** The organisation it sends for, or null (the oversight pages name it). */
  readonly organisation: string | null;
}

export interface NamedUser {
  readonly id: string;
  readonly name: string;
  readonly emailAddress: string;
}

/** Every service and every user by name, across the platform, for operators' filters and lists. */
@Injectable()
export class PlatformDirectoryRepository {
  constructor(private readonly dataSource: DataSource) {}

  async services(ids?: readonly string[]): Promise<NamedService[]> {
    if (ids?.length === 0) return [];
    return this.dataSource
      .getRepository(ServiceEntity)
      .find({ select: { id: true, name: true, organisation: true }, where: ids ? { id: In([...ids]) } : {}, order: { name: 'ASC' } });
  }

  async users(ids?: readonly string[]): Promise<NamedUser[]> {
    if (ids?.length === 0) return [];
    return this.dataSource
      .getRepository(UserEntity)
      .find({ select: { id: true, name: true, emailAddress: true }, where: ids ? { id: In([...ids]) } : {}, order: { name: 'ASC', emailAddress: 'ASC' } });
  }
}
