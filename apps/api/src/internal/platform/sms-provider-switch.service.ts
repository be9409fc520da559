import { Inject, Injectable } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { fieldErrors, noResultFound, SMS_PROVIDER_HEALTH, SmsProviderHealth } from '@herald/domain';
import { AuditRepository } from '@herald/persistence';
import { smsProviderNames } from '@herald/queue';
import type { SignedInUser } from '../auth/signed-in-user';

/** Operators take an SMS provider out of rotation and back; every worker sees it within a second. */
@Injectable()
export class SmsProviderSwitchService {
  constructor(
    @Inject(SMS_PROVIDER_HEALTH) private readonly health: SmsProviderHealth,
    private readonly audit: AuditRepository,
    @InjectConfig() private readonly config: HeraldConfig,
  ) {}

  async switch(user: SignedInUser, name: string, body: Record<string, unknown>): Promise<{ name: string; enabled: boolean }> {
    if (!smsProviderNames(this.config).includes(name)) throw noResultFound();
    if (typeof body.enabled !== 'boolean') throw fieldErrors([{ field: 'enabled', message: 'Say whether to switch the provider on (true) or off (false)' }]);
    const enabled = body.enabled;
    await (enabled ? this.health.switchOn(name) : this.health.switchOff(name));
    await this.audit.record({ userId: user.id, serviceId: null, action: enabled ? 'sms-provider.switched-on' : 'sms-provider.switched-off', subject: name });
    return { name, enabled };
  }
}
