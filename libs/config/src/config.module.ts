import { DynamicModule, Global, Inject, Module } from '@nestjs/common';
import { HeraldConfig } from './herald-config';

export const HERALD_CONFIG = Symbol('HERALD_CONFIG');

/** Injects the validated configuration: `constructor(@InjectConfig() config: HeraldConfig)`. */
export const InjectConfig = (): ParameterDecorator => Inject(HERALD_CONFIG);

@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: HeraldConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: HERALD_CONFIG, useValue: config }],
      exports: [HERALD_CONFIG],
    };
  }
}
