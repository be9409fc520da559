/**
 * Where "now" comes from for timers a test must control (a message's fallback window): the worker
 * and the API are given one; production uses SystemClock.
 */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
