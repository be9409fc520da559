import type { KeyType, TemplateType, UkPostage } from '@herald/domain';

// The option choices, spelled here so that `--help` loads nothing but commander; the checks below
// fail to compile when @herald/domain gains a value these lists lack.
export const TEMPLATE_TYPE_CHOICES = ['email', 'sms', 'letter'] as const satisfies readonly TemplateType[];
export const KEY_TYPE_CHOICES = ['normal', 'team', 'test'] as const satisfies readonly KeyType[];
export const POSTAGE_CHOICES = ['first', 'second', 'economy'] as const satisfies readonly UkPostage[];

/** The CLI spells callback types with dashes; they are stored as docs/api-contract.md §10 names them. */
export const CALLBACK_TYPE_NAMES = ['delivery-status', 'inbound-sms', 'complaint', 'message-status'] as const;

type Exhaustive<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : never;
export const CHOICES_ARE_COMPLETE: [
  Exhaustive<TemplateType, (typeof TEMPLATE_TYPE_CHOICES)[number]>,
  Exhaustive<KeyType, (typeof KEY_TYPE_CHOICES)[number]>,
  Exhaustive<UkPostage, (typeof POSTAGE_CHOICES)[number]>,
] = [true, true, true];
