import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, Repository } from 'typeorm';
import { UserEntity } from '../entities/user.entity';

export interface User {
  readonly id: string;
  readonly emailAddress: string;
  readonly name: string;
  readonly platformAdmin: boolean;
}

@Injectable()
export class UserRepository {
  private readonly users: Repository<UserEntity>;

  constructor(dataSource: DataSource) {
    this.users = dataSource.getRepository(UserEntity);
  }

  async create(input: { emailAddress: string; name: string; platformAdmin: boolean; mobileNumber?: string | null }): Promise<User> {
    const entity = this.users.create({
      id: randomUUID(),
      emailAddress: input.emailAddress.toLowerCase(),
      name: input.name,
      platformAdmin: input.platformAdmin,
      mobileNumber: input.mobileNumber ?? null,
      createdAt: new Date(),
    });
    return toUser(await this.users.save(entity));
  }

  async findById(userId: string): Promise<User | null> {
    const entity = await this.users.findOneBy({ id: userId });
    return entity ? toUser(entity) : null;
  }

  async findByEmail(emailAddress: string): Promise<User | null> {
    const entity = await this.users.findOneBy({ emailAddress: emailAddress.toLowerCase() });
    return entity ? toUser(entity) : null;
  }
}

const toUser = (e: UserEntity): User => ({ id: e.id, emailAddress: e.emailAddress, name: e.name, platformAdmin: e.platformAdmin });
