import { Injectable } from '@nestjs/common';
import { DataSource, Repository } from 'typeorm';
import { DEFAULT_RETENTION_DAYS, RetentionDays, ServiceRetention, TEMPLATE_TYPES, TemplateType } from '@herald/domain';
import { ServiceDataRetentionEntity } from '../entities/service-data-retention.entity';
import { ServiceEntity } from '../entities/service.entity';

/** How long each service keeps its notifications, per channel. */
@Injectable()
export class DataRetentionRepository {
  private readonly retention: Repository<ServiceDataRetentionEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.retention = dataSource.getRepository(ServiceDataRetentionEntity);
  }

  async forService(serviceId: string): Promise<RetentionDays> {
    return withDefaults(await this.retention.findBy({ serviceId }));
  }

  async set(serviceId: string, type: TemplateType, days: number): Promise<void> {
    await this.retention.save({ serviceId, notificationType: type, daysOfRetention: days, updatedAt: new Date() });
  }

  /** Every service with its retention, the default filled in; for the purge. */
  async allServices(): Promise<ServiceRetention[]> {
    const [services, rows] = await Promise.all([
      this.dataSource.getRepository(ServiceEntity).find({ select: { id: true }, order: { id: 'ASC' } }),
      this.retention.find(),
    ]);
    return services.map((service) => ({ serviceId: service.id, days: withDefaults(rows.filter((row) => row.serviceId === service.id)) }));
  }
}

function withDefaults(rows: readonly ServiceDataRetentionEntity[]): RetentionDays {
  const days = Object.fromEntries(TEMPLATE_TYPES.map((type) => [type, DEFAULT_RETENTION_DAYS])) as Record<TemplateType, number>;
  for (const row of rows) days[row.notificationType] = row.daysOfRetention;
  return days;
}
