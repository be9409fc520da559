/** Metadata keys the internal auth decorators set and the guard reads. */
export const REQUIRED_PERMISSION = 'herald:required-permission';
export const PLATFORM_ADMIN_ONLY = 'herald:platform-admin-only';
export const AUDITORS_ONLY = 'herald:auditors-only';
export const NO_SESSION = 'herald:no-session';
