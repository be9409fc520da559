/** The service the generated requests are sent for, with one template of each kind. */
export interface BadInputFixture {
  readonly serviceId: string;
  readonly emailTemplateId: string;
  readonly smsTemplateId: string;
  readonly letterTemplateId: string;
  /** A letter template whose QR code is too long: a letter to it is refused only after every other check. */
  readonly qrLetterTemplateId: string;
}

/**
 * `valid` and `team`: a fresh token for the fixture's live or team key, made when the request is
 * sent. A team key may not send to strangers, which is checked last, after rendering.
 */
export type HostileAuthorization =
  | { readonly kind: 'valid' }
  | { readonly kind: 'team' }
  | { readonly kind: 'none' }
  | { readonly kind: 'header'; readonly value: string }
  | { readonly kind: 'forged'; readonly claims: string; readonly alg: string };

export interface HostileRequest {
  readonly method: string;
  readonly path: string;
  readonly contentType?: string;
  readonly body?: string;
  readonly authorization: HostileAuthorization;
  /** Every generated send carries at least one defect Notify refuses, so none may be accepted. */
  readonly mustBeRefused: boolean;
}

/** The fixture's live key, valid when the request is sent. */
export const VALID: HostileAuthorization = { kind: 'valid' };
