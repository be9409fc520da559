import { ForbiddenException } from '@nestjs/common';
import type { AdminReply } from '../session/admin-request';

/**
 * Change pages mirror the API's rule (manage_service) so a member without it sees "forbidden"
 * rather than a form the API would refuse. The API still decides.
 */
export function requireManageService(reply: AdminReply): void {
  if (!reply.locals.service?.permissions.includes('manage_service')) throw new ForbiddenException();
}

export const settingsPath = (serviceId: string, path = ''): string => `/services/${encodeURIComponent(serviceId)}/settings${path}`;
