import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import type { HeraldConfig } from '@herald/config';
import type { ServiceMembership } from '@herald/contracts';
import { AdminModule } from '../../apps/admin/src/admin.module';

/** A permission a member may hold in a service (every member holds `view_dashboard`). */
export type ServicePermission = ServiceMembership['permissions'][number];

/**
 * The metadata key @RequiresPermission sets (apps/admin/src/permissions): read here by name, as
 * black-box suites import no app internals. A route found without it fails permissions.e2e-spec.
 */
const REQUIRED_PERMISSION = 'herald-admin:required-permission';

export interface AdminRoute {
  readonly method: 'GET' | 'POST';
  /** With `:params`, as Nest declares it. */
  readonly path: string;
  /** What the route declares with @RequiresPermission (on the handler, else its controller). */
  readonly permission?: ServicePermission;
}

const joinPath = (...parts: string[]): string =>
  `/${parts
    .map((p) => p.replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/')}`;

const asList = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : [value === undefined ? '' : String(value)]);

/** Every GET and POST route the admin declares, read from its controllers' metadata. */
export function adminRoutes(config: HeraldConfig): AdminRoute[] {
  const controllers = AdminModule.forRoot(config).controllers ?? [];
  const routes: AdminRoute[] = [];
  for (const controller of controllers) {
    const bases = asList(Reflect.getMetadata(PATH_METADATA, controller));
    const prototype = (controller as { prototype: Record<string, unknown> }).prototype;
    for (const name of Object.getOwnPropertyNames(prototype)) {
      const handler = prototype[name];
      if (name === 'constructor' || typeof handler !== 'function') continue;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (method !== RequestMethod.GET && method !== RequestMethod.POST) continue;
      const permission = (Reflect.getMetadata(REQUIRED_PERMISSION, handler) ?? Reflect.getMetadata(REQUIRED_PERMISSION, controller)) as
        ServicePermission | undefined;
      for (const base of bases) {
        for (const path of asList(Reflect.getMetadata(PATH_METADATA, handler))) {
          routes.push({ method: method === RequestMethod.GET ? 'GET' : 'POST', path: joinPath(base, path), permission });
        }
      }
    }
  }
  return routes;
}

/** The route's path with every `:param` filled from `values`; throws naming a param that has no value. */
export function fillPath(path: string, values: Record<string, string>): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No fixture for :${name} (in ${path}): add one in test/admin/service-fixtures.ts`);
    return encodeURIComponent(value);
  });
}
