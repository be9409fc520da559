import { Injectable } from '@nestjs/common';
import type { LookupResult, RegisterDefinition } from '@herald/domain';
import { FakeRegisterConnector } from './adapters/fake-register.connector';
import { HttpsJsonRegisterConnector } from './adapters/https-json-register.connector';
import { XRoadRegisterConnector } from './adapters/x-road-register.connector';
import { RegisterConnector } from './register-connector';
import { InvalidRegisterSettingsError } from './invalid-register-settings.error';
import { registerSettingsProblems } from './register-settings';

/** Builds the adapter a register's definition names (R-OO-1). The only place adapters are chosen. */
@Injectable()
export class RegisterConnectors {
  /**
   * Never throws: a definition whose settings are unusable gives a connector that rejects every
   * call with InvalidRegisterSettingsError, which the caller treats as `unavailable`.
   */
  forRegister(definition: RegisterDefinition): RegisterConnector {
    const settings = definition.settings as Record<string, unknown>;
    const problems = registerSettingsProblems(definition.adapter, settings);
    if (problems.length) return new MisconfiguredRegister(new InvalidRegisterSettingsError(definition.name, problems));
    switch (definition.adapter) {
      case 'fake':
        return new FakeRegisterConnector(definition.name, settings);
      case 'https-json':
        return new HttpsJsonRegisterConnector(definition.name, settings);
      case 'x-road':
        return new XRoadRegisterConnector(definition.name, settings);
    }
  }
}

class MisconfiguredRegister implements RegisterConnector {
  constructor(private readonly error: InvalidRegisterSettingsError) {}

  lookupContact(): Promise<LookupResult> {
    return Promise.reject(this.error);
  }

  reportUndeliverable(): Promise<void> {
    return Promise.reject(this.error);
  }
}
