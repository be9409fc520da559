import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HealthCheckError } from './health-check.error';

/** `/_status`: ok when the database answers (Notify's health check, section 4.1). */
@Injectable()
export class HealthService {
  constructor(private readonly dataSource: DataSource) {}

  async status(simple: boolean): Promise<Record<string, unknown>> {
    if (simple) return { status: 'ok' };
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new HealthCheckError();
    }
    return { status: 'ok', database: this.dataSource.options.type === 'postgres' ? 'postgresql' : 'sqlite' };
  }
}
