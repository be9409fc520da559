import type { TemplateVersion } from '@herald/domain';

export const TRIAL_MODE = 'Can’t send to this recipient when service is in trial mode – see https://www.notifications.service.gov.uk/trial-mode';
export const TEAM_KEY = 'Can’t send to this recipient using a team-only API key';

/**
 * Who a restricted send may reach (docs/api.md, "Key types"): the team and the guest list. null
 * when anyone may: a test key, or a live key of a live service.
 */
export interface RecipientAllowance {
  /** Lower-cased email addresses. */
  readonly emails: ReadonlySet<string>;
  /** E.164 digits without `+`. */
  readonly mobiles: ReadonlySet<string>;
  /** Notify's message for anyone else: trial mode, or a team key. */
  readonly refusal: string;
}

/** A reply-to address or text sender the command asked for (or the default), or `unknown` when the id is not the service's. */
export type ChosenSetting = { readonly known: true; readonly value: string | null } | { readonly known: false };

/**
 * What the sending rules need besides the command, loaded once: for one API request, or for a
 * whole bulk send (every row shares its template version, allowance and defaults).
 */
export interface SendingContext {
  readonly template: TemplateVersion | null;
  readonly allowance: RecipientAllowance | null;
  readonly replyTo: ChosenSetting;
  readonly smsSender: ChosenSetting;
}
