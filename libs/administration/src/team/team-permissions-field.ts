import { InvalidFieldsError, isTeamPermission, TeamPermission } from '@herald/domain';

/** Permissions as sent: a list of known names (view_dashboard is always held), or InvalidFieldsError. */
export function permissionsField(value: unknown, field = 'permissions'): TeamPermission[] {
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
  const unknown = list.filter((p) => typeof p !== 'string' || !isTeamPermission(p));
  if (unknown.length > 0) throw new InvalidFieldsError([{ field, message: `Unknown permission: ${unknown.map(String).join(', ')}` }]);
  return list as TeamPermission[];
}
