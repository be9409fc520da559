import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import type { AdminReply } from '../session/admin-request';

/**
 * Mirrors the API's rule for the oversight pages (403 for anyone but an auditor or a platform
 * admin). Runs after the session guard, which sets `auditor` and `platformAdmin` from the API's answer.
 */
@Injectable()
export class AuditorGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const locals = context.switchToHttp().getResponse<AdminReply>().locals;
    if (!locals.auditor && !locals.platformAdmin) throw new ForbiddenException();
    return true;
  }
}
