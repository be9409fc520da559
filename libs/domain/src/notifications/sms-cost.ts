/** Pounds per text fragment, the rate Notify's own tests use; international texts multiply it. */
export const SMS_RATE_POUNDS = 0.0227;

export interface SmsCostDetails {
  readonly billable_sms_fragments: number;
  readonly international_rate_multiplier: number;
  readonly sms_rate: number;
}

/** Cost of a text (docs/api-contract.md §12.5): fragments × multiplier × rate, rounded clear of floating-point noise. */
export function smsCost(fragments: number, rateMultiplier: number): { costInPounds: number; details: SmsCostDetails } {
  const costInPounds = Math.round(fragments * rateMultiplier * SMS_RATE_POUNDS * 1e8) / 1e8;
  return { costInPounds, details: { billable_sms_fragments: fragments, international_rate_multiplier: rateMultiplier, sms_rate: SMS_RATE_POUNDS } };
}
