import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import type { AdminReply } from '../session/admin-request';

/**
 * Mirrors the API's rule for operators' pages (403 for anyone but a platform admin), so a page that
 * asks the API nothing (an empty search form) is refused too. Runs after the session guard, which
 * sets `platformAdmin` from the API's answer.
 */
@Injectable()
export class PlatformAdminGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (!context.switchToHttp().getResponse<AdminReply>().locals.platformAdmin) throw new ForbiddenException();
    return true;
  }
}
