import type { AdminUnderTest, TestUser } from '@herald/testing';
import { AdminBrowserSession } from './admin-browser-session';
import type { ServicePermission } from './admin-routes';
import { serviceFixtures } from './service-fixtures';

/** The permissions a manager gives; every member also holds `view_dashboard`. */
export const GIVEN_PERMISSIONS = ['send_messages', 'manage_templates', 'manage_service', 'manage_api_keys'] as const satisfies readonly ServicePermission[];
export type GivenPermission = (typeof GIVEN_PERMISSIONS)[number];

/**
 * The images of a letter's pages: their permission is checked like any route's, but opening one
 * needs a real letter PDF of the right kind (their own tests open them), so the "opens" checks
 * leave them out.
 */
export const LETTER_PAGE_IMAGE = /\/letter-preview\/:page$/;

export interface PermissionMember {
  /** "see dashboard only", or the one permission given. */
  readonly label: string;
  readonly permissions: readonly ServicePermission[];
  readonly session: AdminBrowserSession;
}

export interface PermissionTeam {
  readonly serviceId: string;
  /** A value for every route parameter, from real objects of the service. */
  readonly params: Record<string, string>;
  /** Template ids of each kind, for pages that differ by kind. */
  readonly templateIds: Record<'email' | 'sms' | 'letter', string>;
  readonly dashboardOnly: PermissionMember;
  /** One member for each given permission, holding only that one. */
  readonly holding: Record<GivenPermission, PermissionMember>;
}

/** A service with a manager (who owns the fixtures), a "see dashboard only" member and one member for each single permission. */
export async function aPermissionTeam(herald: AdminUnderTest): Promise<PermissionTeam> {
  const service = await herald.scenario.aService({ name: `Permissions ${Date.now()}`, live: true });
  const manager: TestUser = await herald.scenario.aUser({ serviceId: service.id });
  // A letter's page images (`letter-preview/:page`), unless the shared fixtures name one.
  const params: Record<string, string> = { serviceId: service.id, page: 'page-1.png', ...(await serviceFixtures(herald, service.id, manager)) };
  const templateIds = {
    email: params.templateId,
    sms: (await herald.scenario.aTemplateOfType(service.id, 'sms')).id,
    letter: (await herald.scenario.aTemplateOfType(service.id, 'letter')).id,
  };
  const member = async (label: string, permissions: ServicePermission[]): Promise<PermissionMember> => {
    const user = await herald.scenario.aUser({ serviceId: service.id, permissions, name: `Member who can ${label}` });
    const session = await AdminBrowserSession.open(herald.adminUrl, await herald.scenario.aSession(user.id));
    return { label, permissions: ['view_dashboard', ...permissions], session };
  };
  const holding = {} as Record<GivenPermission, PermissionMember>;
  for (const permission of GIVEN_PERMISSIONS) holding[permission] = await member(permission, [permission]);
  return { serviceId: service.id, params, templateIds, dashboardOnly: await member('see dashboard only', []), holding };
}
