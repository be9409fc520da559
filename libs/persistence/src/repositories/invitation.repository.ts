import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, MoreThan, Repository } from 'typeorm';
import { formatTeamPermissions, Invitation, IssuedInvitation, NewInvitation, parseTeamPermissions } from '@herald/domain';
import { InvitationEntity } from '../entities/invitation.entity';

const hashOf = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Team invitations and set-up links. Queries on a team's invitations take the service id. */
@Injectable()
export class InvitationRepository {
  private readonly invitations: Repository<InvitationEntity>;

  constructor(dataSource: DataSource) {
    this.invitations = dataSource.getRepository(InvitationEntity);
  }

  /** A new link replaces any earlier one not yet accepted for the same address (and service). */
  async issue(input: NewInvitation, now = new Date()): Promise<IssuedInvitation> {
    const emailAddress = input.emailAddress.toLowerCase();
    await this.invitations.delete({ kind: input.kind, serviceId: input.serviceId ?? IsNull(), emailAddress, acceptedAt: IsNull() });
    const token = randomBytes(32).toString('base64url');
    const id = randomUUID();
    await this.invitations.insert({
      id,
      kind: input.kind,
      serviceId: input.serviceId,
      emailAddress,
      permissions: formatTeamPermissions(input.permissions),
      tokenHash: hashOf(token),
      invitedBy: input.invitedBy,
      createdAt: now,
      expiresAt: input.expiresAt,
      acceptedAt: null,
    });
    return { id, token };
  }

  /** Whatever its state: the caller tells an expired or used link from an unknown one. */
  async findByToken(token: string): Promise<Invitation | null> {
    const entity = await this.invitations.findOneBy({ tokenHash: hashOf(token) });
    return entity ? toInvitation(entity) : null;
  }

  /** True for the one caller that accepts it; a second acceptance (or a race) gets false. */
  async markAccepted(invitationId: string, at = new Date()): Promise<boolean> {
    const result = await this.invitations.update({ id: invitationId, acceptedAt: IsNull() }, { acceptedAt: at });
    return (result.affected ?? 0) === 1;
  }

  /** Invitations to the service still waiting for an answer, newest first. */
  async listPending(serviceId: string, now = new Date()): Promise<Invitation[]> {
    const rows = await this.invitations.find({
      where: { kind: 'team', serviceId, acceptedAt: IsNull(), expiresAt: MoreThan(now) },
      order: { createdAt: 'DESC' },
    });
    return rows.map(toInvitation);
  }

  async cancel(serviceId: string, invitationId: string): Promise<boolean> {
    const result = await this.invitations.delete({ id: invitationId, kind: 'team', serviceId, acceptedAt: IsNull() });
    return (result.affected ?? 0) > 0;
  }

  /** Moves an invitation's expiry (tests of expired links). */
  async expire(invitationId: string, expiresAt: Date): Promise<void> {
    await this.invitations.update({ id: invitationId }, { expiresAt });
  }
}

function toInvitation(e: InvitationEntity): Invitation {
  return {
    id: e.id,
    kind: e.kind,
    serviceId: e.serviceId,
    emailAddress: e.emailAddress,
    permissions: parseTeamPermissions(e.permissions),
    invitedBy: e.invitedBy,
    createdAt: e.createdAt,
    expiresAt: e.expiresAt,
    acceptedAt: e.acceptedAt,
  };
}
