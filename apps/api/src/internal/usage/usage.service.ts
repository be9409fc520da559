import { Injectable } from '@nestjs/common';
import type { ServiceUsageResponse } from '@herald/contracts';
import { ServiceRepository, UsageRepository } from '@herald/persistence';
import { noResultFound } from '../../errors/notify-error';
import { monthBoundaries, monthsOf } from './financial-year';
import { NO_USAGE, sumUsage, withUsage } from './usage-figures';
import { UsageYears } from './usage-years';

/** A service's usage over a financial year, month by month (UK months, April to March). */
@Injectable()
export class UsageService {
  constructor(
    private readonly services: ServiceRepository,
    private readonly usage: UsageRepository,
    private readonly years: UsageYears,
  ) {}

  async show(serviceId: string, requestedYear: string | undefined, now = new Date()): Promise<ServiceUsageResponse> {
    const service = await this.services.findById(serviceId);
    if (!service) throw noResultFound();
    const { financialYear, financialYears } = await this.years.choose([serviceId], requestedYear, now);
    const used = await this.usage.usage([serviceId], monthBoundaries(financialYear));
    const months = monthsOf(financialYear).map((month, i) => ({
      month,
      ...used.filter((u) => u.period === i).reduce(withUsage, NO_USAGE),
    }));
    return { financialYear, financialYears, months, total: sumUsage(months), organisation: service.organisation };
  }
}
