import type { ServiceMembership } from '@herald/contracts';
import type { ServicePermission } from './requires-permission.decorator';

/** What nunjucks gives a global function as `this`: the rendering context. */
interface ViewContext {
  lookup(name: string): unknown;
}

/**
 * The views' `can("manage_templates")`: whether the member holds that permission in the page's
 * service, so a link or button to a page they would get 403 on is not offered. False outside a
 * service's pages. (Nunjucks calls a global with the rendering context as `this`.)
 */
export function can(this: ViewContext, permission: ServicePermission): boolean {
  const service = this.lookup('service') as ServiceMembership | undefined;
  return Boolean(service?.permissions?.includes(permission));
}
