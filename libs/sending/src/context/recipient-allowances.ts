import { Injectable } from '@nestjs/common';
import { KeyType, Service, validatePhoneNumber } from '@herald/domain';
import { GuestListRepository, ServiceRepository } from '@herald/persistence';
import { RecipientAllowance, TEAM_KEY, TRIAL_MODE } from './sending-context';

/**
 * Loads who a key may send to (docs/api.md, "Key types"): test keys anyone; team keys only the
 * team and the guest list; live keys anyone once the service is live, and only the team and guest
 * list while it is in trial mode. One load serves a whole bulk send.
 */
@Injectable()
export class RecipientAllowances {
  constructor(
    private readonly services: ServiceRepository,
    private readonly guestList: GuestListRepository,
  ) {}

  async load(service: Service, keyType: KeyType): Promise<RecipientAllowance | null> {
    if (keyType === 'test' || (keyType === 'normal' && !service.restricted)) return null;
    const [teamEmails, teamMobiles, guests] = await Promise.all([
      this.services.teamEmailAddresses(service.id),
      this.services.teamMobileNumbers(service.id),
      this.guestList.list(service.id),
    ]);
    const guestsOf = (type: 'email' | 'mobile') => guests.filter((g) => g.recipientType === type).map((g) => g.recipient);
    return {
      emails: new Set([...teamEmails, ...guestsOf('email')].map((address) => address.toLowerCase())),
      mobiles: new Set([...teamMobiles, ...guestsOf('mobile')].map(normalisedNumber).filter((n): n is string => n !== null)),
      refusal: keyType === 'team' ? TEAM_KEY : TRIAL_MODE,
    };
  }
}

function normalisedNumber(raw: string): string | null {
  const phone = validatePhoneNumber(raw);
  return phone.ok ? phone.normalised : null;
}
