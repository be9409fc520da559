import { Injectable } from '@nestjs/common';
import { badRequest, KeyType } from '@herald/domain';
import { Service, ServiceRepository } from '@herald/persistence';

const TRIAL_MODE = 'Can’t send to this recipient when service is in trial mode – see https://www.notifications.service.gov.uk/trial-mode';
const TEAM_KEY = 'Can’t send to this recipient using a team-only API key';

/**
 * Who a key may send to (section 6): test keys anyone; team keys only the team; live keys anyone
 * once the service is live, and only the team while it is in trial mode.
 */
@Injectable()
export class RecipientPolicy {
  constructor(private readonly services: ServiceRepository) {}

  async assertAllowed(service: Service, keyType: KeyType, normalisedRecipient: string): Promise<void> {
    if (keyType === 'test' || (keyType === 'normal' && !service.restricted)) return;
    const team = await this.services.teamEmailAddresses(service.id);
    if (team.includes(normalisedRecipient)) return;
    throw badRequest(keyType === 'team' ? TEAM_KEY : TRIAL_MODE);
  }
}
