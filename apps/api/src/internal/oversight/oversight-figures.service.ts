import { Injectable } from '@nestjs/common';
import type { OversightFiguresResponse } from '@herald/contracts';
import { OversightRepository, PlatformDirectoryRepository } from '@herald/persistence';

/** The current month and the eleven before it. */
const MONTHS = 12;

/** Aggregates only: messages and look-ups per service per month, and look-ups by register and outcome. */
@Injectable()
export class OversightFiguresService {
  constructor(
    private readonly oversight: OversightRepository,
    private readonly directory: PlatformDirectoryRepository,
  ) {}

  async figures(now = new Date()): Promise<OversightFiguresResponse> {
    const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (MONTHS - 1), 1));
    const [months, lookupsByRegister, services] = await Promise.all([
      this.oversight.monthlyCounts(since),
      this.oversight.lookupsByRegister(since),
      this.directory.services(),
    ]);
    const nameOf = (id: string) => services.find((s) => s.id === id)?.name ?? 'Deleted service';
    return {
      since: since.toISOString(),
      months: months
        .map((m) => ({
          month: m.month,
          service: { id: m.serviceId, name: nameOf(m.serviceId) },
          notifications: m.notifications,
          messages: m.messages,
          lookups: m.lookups,
        }))
        .sort((a, b) => b.month.localeCompare(a.month) || a.service.name.localeCompare(b.service.name)),
      lookupsByRegister,
    };
  }
}
