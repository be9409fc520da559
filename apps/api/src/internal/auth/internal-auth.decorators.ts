import { applyDecorators, Controller, createParamDecorator, ExecutionContext, SetMetadata, UseGuards } from '@nestjs/common';
import type { TeamPermission } from '@herald/domain';
import { InternalAuthGuard } from './internal-auth.guard';
import { AUDITORS_ONLY, NO_SESSION, PLATFORM_ADMIN_ONLY, REQUIRED_PERMISSION } from './internal-auth.metadata';
import { InternalRequest, SignedInUser } from './signed-in-user';

/**
 * A controller of the admin-facing API under `/internal/<path>`. Every handler needs a session;
 * a route with `:serviceId` also needs membership of that service (404 otherwise).
 */
export const InternalController = (path: string): ClassDecorator =>
  applyDecorators(Controller(`internal/${path}`.replace(/\/+$/, '')), UseGuards(InternalAuthGuard));

/** The member must hold this permission in the route's service (403 otherwise); platform admins always do. */
export const RequirePermission = (permission: TeamPermission): MethodDecorator & ClassDecorator => SetMetadata(REQUIRED_PERMISSION, permission);

/** Operators only (403 otherwise). */
export const PlatformAdminOnly = (): MethodDecorator & ClassDecorator => SetMetadata(PLATFORM_ADMIN_ONLY, true);

/** Auditors and platform admins only (403 otherwise): read-only oversight across services. */
export const AuditorsOnly = (): MethodDecorator & ClassDecorator => SetMetadata(AUDITORS_ONLY, true);

/** Reachable without a session: signing in, accepting an invitation. */
export const NoSession = (): MethodDecorator => SetMetadata(NO_SESSION, true);

/** `@CurrentUser() user: SignedInUser` on a handler that needs a session. */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): SignedInUser => {
  const user = ctx.switchToHttp().getRequest<InternalRequest>().signedInUser;
  if (!user) throw new Error('CurrentUser used on a route without a session');
  return user;
});
