/** An undeliverable report (R-OO-5) the register did not accept; retrying later may succeed. The message holds no values. */
export class RegisterReportError extends Error {
  override readonly name = 'RegisterReportError';
}
