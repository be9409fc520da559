import type { PlatformDashboardResponse } from '@herald/contracts';
import { platformFiguresView, waitingFor } from './platform-figures.view';

const figures = (overrides: Partial<PlatformDashboardResponse> = {}): PlatformDashboardResponse => ({
  generatedAt: '2026-11-29T09:00:00.000Z',
  messagesPerMinute: [
    { at: '2026-11-29T08:59:00.000Z', email: 1, sms: 0, letter: 0 },
    { at: '2026-11-29T09:00:00.000Z', email: 2, sms: 1, letter: 0 },
  ],
  providersLastHour: [],
  providersLastDay: [],
  queues: [{ name: 'send-email', waiting: 2, active: 0, delayed: 0, failed: 0, oldestWaitingSince: '2026-11-29T08:58:30.000Z', oldestWaitingAgeSeconds: 90 }],
  callbackBacklog: { undrainedEvents: 0, queuedCallbacks: 0 },
  smsFailoverWindowSeconds: 30,
  smsProviders: [],
  ...overrides,
});

describe('the platform dashboard’s figures', () => {
  it('says how long the oldest job has waited in words', () => {
    expect([null, 1, 45, 60, 150, 3600, 7500].map(waitingFor)).toEqual([
      'None waiting',
      '1 second',
      '45 seconds',
      '1 minute',
      '2 minutes',
      '1 hour',
      '2 hours 5 minutes',
    ]);
  });

  it('keeps its version while only the time of the figures changes, and changes it with any figure', () => {
    const version = platformFiguresView(figures()).version;
    expect(platformFiguresView(figures({ generatedAt: '2026-11-29T09:00:05.000Z' })).version).toBe(version);
    expect(platformFiguresView(figures({ callbackBacklog: { undrainedEvents: 1, queuedCallbacks: 0 } })).version).not.toBe(version);
  });

  it('lists the minutes newest first in London time', () => {
    expect(platformFiguresView(figures()).minutesNewestFirst.map((m) => m.atText)).toEqual(['09:00', '08:59']);
  });
});
