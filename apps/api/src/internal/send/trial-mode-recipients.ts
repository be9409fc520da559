import { Injectable } from '@nestjs/common';
import { validatePhoneNumber } from '@herald/domain';
import { GuestListRepository, Service, ServiceRepository } from '@herald/persistence';

/** Says whether a normalised recipient (lower-cased email address, or E.164 digits) may get a message. */
export type RecipientAllowed = (type: 'email' | 'sms', normalised: string) => boolean;

/**
 * While a service is in trial mode its messages go only to its team and its guest list, as the
 * v2 API's RecipientPolicy rules for a live key. Loaded once per file, so 100,000 rows cost no
 * more queries than one.
 */
@Injectable()
export class TrialModeRecipients {
  constructor(private readonly services: ServiceRepository, private readonly guestList: GuestListRepository) {}

  /** null when the service is live: anyone may get its messages. */
  async allowedFor(service: Service): Promise<RecipientAllowed | null> {
    if (!service.restricted) return null;
    const guests = await this.guestList.list(service.id);
    const emails = new Set([...(await this.services.teamEmailAddresses(service.id)), ...guests.filter((g) => g.recipientType === 'email').map((g) => g.recipient)]
      .map((address) => address.toLowerCase()));
    const mobiles = new Set([...(await this.services.teamMobileNumbers(service.id)), ...guests.filter((g) => g.recipientType === 'mobile').map((g) => g.recipient)]
      .map(normalisedNumber).filter((n): n is string => n !== null));
    return (type, normalised) => (type === 'email' ? emails : mobiles).has(normalised);
  }
}

function normalisedNumber(raw: string): string | null {
  const phone = validatePhoneNumber(raw);
  return phone.ok ? phone.normalised : null;
}
