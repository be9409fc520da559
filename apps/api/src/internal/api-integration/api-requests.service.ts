import { Injectable, Logger } from '@nestjs/common';
import type { LatestApiRequests } from '@herald/contracts';
import { ApiKeyRepository } from '@herald/persistence';
import { ApiRequestLog, ApiRequestRecord } from '../../request-log/api-request-log';

const SHOWN = 50;

/** The latest public API requests of a service, newest first, with each key's name. */
@Injectable()
export class ApiRequestsService {
  private readonly logger = new Logger('ApiRequestsService');

  constructor(
    private readonly log: ApiRequestLog,
    private readonly keys: ApiKeyRepository,
  ) {}

  /** `available` is false when Redis did not answer: the page says so instead of failing. */
  async latest(serviceId: string): Promise<LatestApiRequests> {
    let records: ApiRequestRecord[];
    try {
      records = await this.log.latest(serviceId, SHOWN);
    } catch (error) {
      this.logger.warn(`Latest API requests unavailable: ${(error as Error).message}`);
      return { requests: [], available: false };
    }
    const names = new Map((await this.keys.listForService(serviceId)).map((k) => [k.id, k.name]));
    return {
      requests: records.map((r) => ({ at: r.at, method: r.method, path: r.path, status: r.status, key_name: names.get(r.keyId) ?? null, error: r.error })),
      available: true,
    };
  }
}
