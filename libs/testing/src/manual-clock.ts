import { Clock } from '@herald/domain';

/** A clock a test moves forward by hand: real time plus whatever the test has added. */
export class ManualClock extends Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }
}
