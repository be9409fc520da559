import { Injectable } from '@nestjs/common';
import { UsageRepository } from '@herald/persistence';
import { noResultFound } from '../../errors/notify-error';
import { financialYearOf } from './financial-year';

/** The financial year a usage page shows, and the years it can switch to. */
export interface ChosenYear {
  readonly financialYear: number;
  /** Newest first. */
  readonly financialYears: number[];
}

/** Which financial years a set of services has usage to see: this one and each since the first message. */
@Injectable()
export class UsageYears {
  constructor(private readonly usage: UsageRepository) {}

  /** `requested` (the year it starts in) or this year; a year outside the list is "not found". */
  async choose(serviceIds: readonly string[], requested: string | undefined, now: Date): Promise<ChosenYear> {
    const current = financialYearOf(now);
    const first = await this.usage.firstSentAt(serviceIds);
    const earliest = first ? Math.min(financialYearOf(first), current) : current;
    const financialYears = Array.from({ length: current - earliest + 1 }, (_unused, i) => current - i);
    if (requested === undefined || requested === '') return { financialYear: current, financialYears };
    const financialYear = /^\d{4}$/.test(requested) ? Number(requested) : NaN;
    if (!financialYears.includes(financialYear)) throw noResultFound();
    return { financialYear, financialYears };
  }
}
