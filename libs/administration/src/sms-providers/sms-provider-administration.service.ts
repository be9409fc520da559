import { Injectable } from '@nestjs/common';
import { InvalidFieldsError, NotFoundError, SmsProviderHealth } from '@herald/domain';
import { AuditRepository } from '@herald/persistence';
import type { Actor } from '../actor';

/** The SMS providers as configured, and their shared switches (in Redis, which this library does not reach itself). */
export interface SmsProviderSwitchboard {
  readonly names: readonly string[];
  readonly health: Pick<SmsProviderHealth, 'switchOn' | 'switchOff'>;
}

/** Operators take an SMS provider out of rotation and back; every worker sees it within a second. */
@Injectable()
export class SmsProviderAdministration {
  constructor(private readonly audit: AuditRepository) {}

  async switch(actor: Actor, name: string, enabled: unknown, providers: SmsProviderSwitchboard): Promise<{ name: string; enabled: boolean }> {
    if (!providers.names.includes(name)) throw new NotFoundError('SMS provider', name);
    if (typeof enabled !== 'boolean')
      throw new InvalidFieldsError([{ field: 'enabled', message: 'Say whether to switch the provider on (true) or off (false)' }]);
    await (enabled ? providers.health.switchOn(name) : providers.health.switchOff(name));
    await this.audit.record({ userId: actor.id, serviceId: null, action: enabled ? 'sms-provider.switched-on' : 'sms-provider.switched-off', subject: name });
    return { name, enabled };
  }
}
