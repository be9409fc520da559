import { Inject, Injectable } from '@nestjs/common';
import { SmsProviderAdministration } from '@herald/administration';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { SMS_PROVIDER_HEALTH, SmsProviderHealth } from '@herald/domain';
import { smsProviderNames } from '@herald/redis';
import type { SignedInUser } from '../auth/signed-in-user';

/** Operators take an SMS provider out of rotation and back (SmsProviderAdministration, as `herald provider disable`). */
@Injectable()
export class SmsProviderSwitchService {
  constructor(
    private readonly smsProviders: SmsProviderAdministration,
    @Inject(SMS_PROVIDER_HEALTH) private readonly health: SmsProviderHealth,
    @InjectConfig() private readonly config: HeraldConfig,
  ) {}

  switch(user: SignedInUser, name: string, body: Record<string, unknown>): Promise<{ name: string; enabled: boolean }> {
    return this.smsProviders.switch(user, name, body.enabled, { names: smsProviderNames(this.config), health: this.health });
  }
}
