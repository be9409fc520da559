import { SetMetadata } from '@nestjs/common';
import type { ServiceMembership } from '@herald/contracts';

/** A permission a member may hold in a service; every member holds `view_dashboard`. */
export type ServicePermission = ServiceMembership['permissions'][number];

export const REQUIRED_PERMISSION = 'herald-admin:required-permission';

/**
 * The permission a page or form under /services/:serviceId needs, as the API's handler behind it
 * does: `view_dashboard` for what every member may see. A member without it gets the 403 page
 * (PermissionGuard), on the form itself as well as on its save. On a controller it covers every
 * handler; a handler's own declaration overrides it.
 */
export const RequiresPermission = (permission: ServicePermission): MethodDecorator & ClassDecorator => SetMetadata(REQUIRED_PERMISSION, permission);
