import type { UsageFigures } from '@herald/contracts';
import type { PeriodUsage } from '@herald/persistence';

export const NO_USAGE: UsageFigures = { emails: 0, textMessages: 0, textMessageFragments: 0, letters: 0, letterSheets: 0 };

/** `figures` with one period's use of one channel added. */
export function withUsage(figures: UsageFigures, usage: PeriodUsage): UsageFigures {
  switch (usage.channel) {
    case 'email':
      return { ...figures, emails: figures.emails + usage.messages };
    case 'sms':
      return { ...figures, textMessages: figures.textMessages + usage.messages, textMessageFragments: figures.textMessageFragments + usage.billableUnits };
    case 'letter':
      return { ...figures, letters: figures.letters + usage.messages, letterSheets: figures.letterSheets + usage.sheets };
  }
}

/** The sum of several periods' figures. */
export const sumUsage = (all: readonly UsageFigures[]): UsageFigures =>
  all.reduce(
    (total, f) => ({
      emails: total.emails + f.emails,
      textMessages: total.textMessages + f.textMessages,
      textMessageFragments: total.textMessageFragments + f.textMessageFragments,
      letters: total.letters + f.letters,
      letterSheets: total.letterSheets + f.letterSheets,
    }),
    NO_USAGE,
  );
