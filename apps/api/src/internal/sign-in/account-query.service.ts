import { Injectable } from '@nestjs/common';
import type { CurrentAccount, ServiceMembership } from '@herald/contracts';
import { TeamPermission } from '@herald/domain';
import { ConversationRepository, ServiceRepository, SmsSenderRepository, TeamMemberRepository } from '@herald/persistence';
import { noResultFound } from '../../errors/notify-error';
import { SignedInUser } from '../auth/signed-in-user';

/** Who is signed in, and what they may do in each of their services. */
@Injectable()
export class AccountQueryService {
  constructor(
    private readonly members: TeamMemberRepository,
    private readonly services: ServiceRepository,
    private readonly senders: SmsSenderRepository,
    private readonly conversations: ConversationRepository,
  ) {}

  async me(user: SignedInUser): Promise<CurrentAccount> {
    const memberships = await this.members.membershipsOf(user.id);
    return {
      user: { id: user.id, emailAddress: user.emailAddress, name: user.name, platformAdmin: user.platformAdmin, auditor: user.auditor },
      services: memberships.map((m) => ({ serviceId: m.serviceId, serviceName: m.serviceName, live: !m.restricted, permissions: m.permissions })),
    };
  }

  /** The guard has already checked membership (or platform admin) and worked out the permissions. */
  async membership(serviceId: string, permissions: TeamPermission[]): Promise<ServiceMembership> {
    const service = await this.services.findById(serviceId);
    if (!service) throw noResultFound();
    const receivesTexts = (await this.senders.list(serviceId)).some((s) => s.inboundNumber !== null) || (await this.conversations.hasReceivedTexts(serviceId));
    return { serviceId, serviceName: service.name, live: !service.restricted, permissions, receivesTexts };
  }
}
