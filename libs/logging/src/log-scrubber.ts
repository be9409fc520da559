/**
 * Keys whose values never reach a log line, whatever object they sit in (compared without case):
 * credentials, recipients, personalisation and whatever a body carries. Herald logs ids, not
 * bodies; this list is the defence in depth for the day something logs an object it should not.
 */
export const SENSITIVE_KEYS: readonly string[] = [
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'password',
  'secret',
  'client_secret',
  'token',
  'access_token',
  'refresh_token',
  'id_token',
  'api_key',
  'apiKey',
  'key',
  'personalisation',
  'personalization',
  'recipient',
  'email_address',
  'emailAddress',
  'email',
  'phone_number',
  'phoneNumber',
  'phone',
  'mobile',
  'to',
  'address',
  'address_line_1',
  'address_line_2',
  'address_line_3',
  'address_line_4',
  'address_line_5',
  'address_line_6',
  'address_line_7',
  'postcode',
  'reference',
  'client_reference',
  'body',
  'content',
  'html',
];

const SENSITIVE = new Set(SENSITIVE_KEYS.map((key) => key.toLowerCase()));
const REDACTED = '[redacted]';
const MAX_DEPTH = 6;
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** Replacements made on the whole text, in this order (credentials before the addresses they contain). */
const SECRETS: ReadonlyArray<readonly [RegExp, string]> = [
  // smtp://user:password@host
  [/(\/\/)[^\s/@:]+:[^\s/@]*@/g, '$1[credentials]@'],
  [/\b(Bearer|Basic|Digest)\s+[A-Za-z0-9._~+/=-]+/gi, '$1 [redacted]'],
  // A JSON Web Token (a Notify client's bearer token, an OpenID Connect id token): its header starts `{"`.
  [/\beyJ[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]*){1,2}/g, '[token]'],
  // An API key is `{name}-{service id}-{secret}`: the service id stays, the secret goes.
  [new RegExp(`\\b(${UUID})-${UUID}\\b`, 'gi'), '$1-[secret]'],
  [/([?&;](?:token|access_token|id_token|code|key|secret|password|signature|sig)=)[^&\s#"']+/gi, `$1${REDACTED}`],
];

/** The lookbehind makes each address start where its local part does (far less backtracking on long lines). */
const EMAIL = /(?<![A-Za-z0-9.!#$%&'*+/=?^_`{|}~-])[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g;
/**
 * 9 to 15 digits with spaces, dots, dashes or brackets between them, as people write phone
 * numbers. Nothing next to the number may be a letter, digit or dash, so the digit runs of an id
 * (a UUID) are never taken for one.
 */
const PHONE = /(?<![\w+.-])\+?\d(?:[\s().-]{0,2}\d){8,14}(?![\w-])/g;
const POSTCODE = /\b(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})\b/gi;

/**
 * Takes personal data and secrets out of what is about to be logged: email addresses, phone
 * numbers, postcodes, Authorization values, tokens, API key secrets and credentials in URLs in
 * text; the values of SENSITIVE_KEYS in objects. Herald's own addresses (at EMAIL_DOMAIN, such as
 * the first platform admin's) are nobody's personal data and stay.
 */
export class LogScrubber {
  private readonly ownDomain: string | null;

  constructor(ownEmailDomain: string | null = null) {
    this.ownDomain = ownEmailDomain?.toLowerCase() ?? null;
  }

  text(text: string): string {
    let scrubbed = text;
    for (const [pattern, replacement] of SECRETS) scrubbed = scrubbed.replace(pattern, replacement);
    // Most lines hold no address at all: skip the costliest pattern for them.
    if (scrubbed.includes('@')) {
      scrubbed = scrubbed.replace(EMAIL, (address: string, domain: string) => (domain.toLowerCase() === this.ownDomain ? address : '[email]'));
    }
    return scrubbed.replace(PHONE, '[phone]').replace(POSTCODE, '[postcode]');
  }

  /** A copy of `value` fit to log: sensitive keys' values replaced, strings scrubbed, errors as plain objects. */
  value(value: unknown, depth = 0): unknown {
    if (typeof value === 'string') return this.text(value);
    if (value === null || typeof value !== 'object') return value;
    if (depth >= MAX_DEPTH) return '[truncated]';
    if (value instanceof Error) return this.error(value);
    if (Array.isArray(value)) return value.map((item) => this.value(item, depth + 1));
    const copy: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) copy[key] = SENSITIVE.has(key.toLowerCase()) ? REDACTED : this.value(inner, depth + 1);
    return copy;
  }

  /** An error as a log line's `err`: its type, message and stack, scrubbed. */
  error(error: Error): { type: string; message: string; stack?: string } {
    return { type: error.name, message: this.text(error.message), stack: error.stack === undefined ? undefined : this.text(error.stack) };
  }
}
