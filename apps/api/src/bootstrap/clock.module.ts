import { DynamicModule, Global, Module } from '@nestjs/common';
import { Clock, SystemClock } from '@herald/domain';

/** The API's clock (the time a message is accepted, R-API-5's cancel): the system's, or a test's. */
@Global()
@Module({})
export class ClockModule {
  static forRoot(clock: Clock = new SystemClock()): DynamicModule {
    return { module: ClockModule, providers: [{ provide: Clock, useValue: clock }], exports: [Clock] };
  }
}
