import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, Repository } from 'typeorm';
import type { GoLiveRequest, GoLiveRequestStatus } from '@herald/domain';
import { GoLiveRequestEntity } from '../entities/go-live-request.entity';

/** Trial services asking to go live. The settings page writes them; operators decide them. */
@Injectable()
export class GoLiveRequestRepository {
  private readonly requests: Repository<GoLiveRequestEntity>;

  constructor(dataSource: DataSource) {
    this.requests = dataSource.getRepository(GoLiveRequestEntity);
  }

  async create(serviceId: string, userId: string, details: Record<string, unknown>): Promise<GoLiveRequest> {
    const entity: GoLiveRequestEntity = {
      id: randomUUID(),
      serviceId,
      userId,
      details: JSON.stringify(details),
      status: 'pending',
      createdAt: new Date(),
      decidedBy: null,
      decidedAt: null,
    };
    await this.requests.insert(entity);
    return toRequest(entity);
  }

  /** The service's most recent request, whatever its status. */
  async latestForService(serviceId: string): Promise<GoLiveRequest | null> {
    const entity = await this.requests.findOne({ where: { serviceId }, order: { createdAt: 'DESC', id: 'DESC' } });
    return entity ? toRequest(entity) : null;
  }

  /** Platform-wide, oldest first: the operators' queue. */
  async listPending(): Promise<GoLiveRequest[]> {
    return (await this.requests.find({ where: { status: 'pending' }, order: { createdAt: 'ASC', id: 'ASC' } })).map(toRequest);
  }

  async findById(id: string): Promise<GoLiveRequest | null> {
    const entity = await this.requests.findOneBy({ id });
    return entity ? toRequest(entity) : null;
  }

  /** Only a pending request is decided; false when it was not pending (decided already, or unknown). */
  async decide(id: string, status: Exclude<GoLiveRequestStatus, 'pending'>, decidedBy: string): Promise<boolean> {
    const result = await this.requests.update({ id, status: 'pending' }, { status, decidedBy, decidedAt: new Date() });
    return (result.affected ?? 0) > 0;
  }
}

function toRequest(e: GoLiveRequestEntity): GoLiveRequest {
  return { ...e, details: JSON.parse(e.details) as Record<string, unknown> };
}
