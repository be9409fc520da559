import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { AdminReply } from '../session/admin-request';
import { REQUIRED_PERMISSION, ServicePermission } from './requires-permission.decorator';

/**
 * Answers 403 when the member lacks the permission the handler declares (@RequiresPermission).
 * Runs after the session guard, which loads the member's permissions in the route's service; the
 * API still decides every read and write behind the page.
 */
@Injectable()
export class PermissionGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const required = this.reflector.getAllAndOverride<ServicePermission | undefined>(REQUIRED_PERMISSION, [context.getHandler(), context.getClass()]);
    if (required === undefined) return true;
    const service = context.switchToHttp().getResponse<AdminReply>().locals.service;
    if (!service?.permissions.includes(required)) throw new ForbiddenException();
    return true;
  }
}
