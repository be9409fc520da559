import { Injectable } from '@nestjs/common';
import { badRequest, GuestListRecipientType, KeyType, validatePhoneNumber } from '@herald/domain';
import { GuestListRepository, Service, ServiceRepository } from '@herald/persistence';

export const TRIAL_MODE = 'Can’t send to this recipient when service is in trial mode – see https://www.notifications.service.gov.uk/trial-mode';
const TEAM_KEY = 'Can’t send to this recipient using a team-only API key';

/**
 * Who a key may send to (section 6): test keys anyone; team keys only the team and the guest list;
 * live keys anyone once the service is live, and only the team and guest list while it is in trial mode.
 */
@Injectable()
export class RecipientPolicy {
  constructor(private readonly services: ServiceRepository, private readonly guestList: GuestListRepository) {}

  /** `normalisedRecipient` is a lower-cased email address. */
  async assertAllowed(service: Service, keyType: KeyType, normalisedRecipient: string): Promise<void> {
    if (isUnrestricted(service, keyType)) return;
    const team = await this.services.teamEmailAddresses(service.id);
    if (team.includes(normalisedRecipient)) return;
    await this.assertOnGuestList(service, keyType, 'email', normalisedRecipient);
  }

  /** `normalisedNumber` is E.164 digits without `+`; team members' numbers are normalised the same way. */
  async assertAllowedToText(service: Service, keyType: KeyType, normalisedNumber: string): Promise<void> {
    if (isUnrestricted(service, keyType)) return;
    const team = await this.services.teamMobileNumbers(service.id);
    if (team.some((mobile) => normalisedOrNull(mobile) === normalisedNumber)) return;
    await this.assertOnGuestList(service, keyType, 'mobile', normalisedNumber);
  }

  private async assertOnGuestList(service: Service, keyType: KeyType, type: GuestListRecipientType, normalised: string): Promise<void> {
    if (await this.guestList.contains(service.id, type, normalised)) return;
    throw badRequest(keyType === 'team' ? TEAM_KEY : TRIAL_MODE);
  }
}

const isUnrestricted = (service: Service, keyType: KeyType): boolean => keyType === 'test' || (keyType === 'normal' && !service.restricted);

function normalisedOrNull(mobile: string): string | null {
  const phone = validatePhoneNumber(mobile);
  return phone.ok ? phone.normalised : null;
}
