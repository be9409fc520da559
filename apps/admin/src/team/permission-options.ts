/** The permissions a manager gives, as the team pages show them (every member may see the dashboard). */
export const PERMISSION_OPTIONS = [
  { value: 'send_messages', text: 'Send messages' },
  { value: 'manage_templates', text: 'Add and edit templates' },
  { value: 'manage_service', text: 'Manage settings and team' },
  { value: 'manage_api_keys', text: 'Manage API integration' },
] as const;

export type GivenPermission = (typeof PERMISSION_OPTIONS)[number]['value'];

/** Checked boxes arrive as one string or a list; unknown values are dropped. */
export function permissionsFromForm(value: unknown): GivenPermission[] {
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return PERMISSION_OPTIONS.map((o) => o.value).filter((p) => list.includes(p));
}

/** "Send messages, Manage API integration", or "See dashboard only". */
export function describePermissions(permissions: readonly string[]): string {
  const given = PERMISSION_OPTIONS.filter((o) => permissions.includes(o.value)).map((o) => o.text);
  return given.length ? given.join(', ') : 'See dashboard only';
}

/** The govukCheckboxes items, ticked as given. */
export function permissionItems(ticked: readonly string[]): { value: string; text: string; checked: boolean }[] {
  return PERMISSION_OPTIONS.map((o) => ({ value: o.value, text: o.text, checked: ticked.includes(o.value) }));
}
