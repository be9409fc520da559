import { Module } from '@nestjs/common';
import { RegisterConnectors } from './register-connectors';

/** The RegisterConnector adapters, chosen per register definition. */
@Module({ providers: [RegisterConnectors], exports: [RegisterConnectors] })
export class RegistersModule {}
