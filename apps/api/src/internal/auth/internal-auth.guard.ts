import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { TEAM_PERMISSIONS, TeamPermission } from '@herald/domain';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { SessionRepository, TeamMemberRepository, UserRepository } from '@herald/persistence';
import { authError, noResultFound } from '../../errors/notify-error';
import { AUDITORS_ONLY, NO_SESSION, PLATFORM_ADMIN_ONLY, REQUIRED_PERMISSION } from './internal-auth.metadata';
import { InternalRequest } from './signed-in-user';
import { unauthenticated } from './unauthenticated.error';

/**
 * The one gate of the internal API: a live session, then (for `:serviceId` routes) membership of
 * that service, then the permission the handler names. Another service's id is "not found".
 */
@Injectable()
export class InternalAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionRepository,
    private readonly users: UserRepository,
    private readonly members: TeamMemberRepository,
    @InjectConfig() private readonly config: HeraldConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(NO_SESSION, targets)) return true;
    const request = context.switchToHttp().getRequest<InternalRequest>();
    await this.authenticate(request);
    const user = request.signedInUser!;
    if (this.reflector.getAllAndOverride<boolean>(PLATFORM_ADMIN_ONLY, targets) && !user.platformAdmin) {
      throw authError('Only platform admins can do this', 403);
    }
    if (this.reflector.getAllAndOverride<boolean>(AUDITORS_ONLY, targets) && !user.auditor && !user.platformAdmin) {
      throw authError('Only auditors and platform admins can see this', 403);
    }
    const serviceId = request.params?.serviceId;
    if (serviceId !== undefined) {
      request.servicePermissions = await this.permissionsIn(serviceId, user.id, user.platformAdmin);
      const required = this.reflector.getAllAndOverride<TeamPermission | undefined>(REQUIRED_PERMISSION, targets);
      if (required && !request.servicePermissions.includes(required)) {
        throw authError('You do not have permission to do this in this service', 403);
      }
    }
    return true;
  }

  private async authenticate(request: InternalRequest): Promise<void> {
    const header = request.headers.authorization;
    const match = /^Bearer (\S+)$/.exec((Array.isArray(header) ? header[0] : header) ?? '');
    if (!match) throw unauthenticated();
    const session = await this.sessions.use(match[1], this.config.admin.sessionIdleMinutes);
    const user = session ? await this.users.findById(session.userId) : null;
    if (!session || !user) throw unauthenticated();
    request.sessionToken = match[1];
    request.signedInUser = { ...user, sessionId: session.sessionId };
  }

  private async permissionsIn(serviceId: string, userId: string, platformAdmin: boolean): Promise<TeamPermission[]> {
    const held = /^[0-9a-f-]{36}$/i.test(serviceId) ? await this.members.permissionsOf(serviceId, userId) : null;
    if (held) return held;
    if (platformAdmin) return [...TEAM_PERMISSIONS];
    throw noResultFound();
  }
}
