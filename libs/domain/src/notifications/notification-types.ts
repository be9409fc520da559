export const TEMPLATE_TYPES = ['sms', 'email', 'letter'] as const;
export type TemplateType = (typeof TEMPLATE_TYPES)[number];

export const KEY_TYPES = ['normal', 'team', 'test'] as const;
/** `normal` is called "live" in Notify's documentation and errors. */
export type KeyType = (typeof KEY_TYPES)[number];

/** How a key type is named in rate-limit errors: normal is shown as LIVE. */
export const keyTypeLabel = (keyType: KeyType): string => (keyType === 'normal' ? 'LIVE' : keyType.toUpperCase());

export const SERVICE_PERMISSIONS = ['email', 'sms', 'letter', 'international_sms', 'sms_to_uk_landlines', 'international_letters', 'upload_document'] as const;
export type ServicePermission = (typeof SERVICE_PERMISSIONS)[number];
export const DEFAULT_SERVICE_PERMISSIONS: readonly ServicePermission[] = ['email', 'sms', 'letter'];
