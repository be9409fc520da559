/**
 * What a team member may do in a service. Every member may see the dashboard and activity;
 * "see dashboard only" is a member with no other permission.
 */
export const TEAM_PERMISSIONS = ['send_messages', 'manage_templates', 'manage_service', 'manage_api_keys', 'view_dashboard'] as const;

export type TeamPermission = (typeof TEAM_PERMISSIONS)[number];

/** The plain-English label the admin shows for each permission. */
export const TEAM_PERMISSION_LABELS: Readonly<Record<TeamPermission, string>> = {
  send_messages: 'Send messages',
  manage_templates: 'Add and edit templates',
  manage_service: 'Manage settings and team',
  manage_api_keys: 'Manage API integration',
  view_dashboard: 'See dashboard',
};

export function isTeamPermission(value: string): value is TeamPermission {
  return (TEAM_PERMISSIONS as readonly string[]).includes(value);
}

/** Stored comma-separated; unknown names are dropped and view_dashboard is always held. */
export function parseTeamPermissions(stored: string | null | undefined): TeamPermission[] {
  const held = new Set(
    (stored ?? '')
      .split(',')
      .map((p) => p.trim())
      .filter(isTeamPermission),
  );
  held.add('view_dashboard');
  return TEAM_PERMISSIONS.filter((p) => held.has(p));
}

export function formatTeamPermissions(permissions: readonly TeamPermission[]): string {
  return parseTeamPermissions(permissions.join(',')).join(',');
}
