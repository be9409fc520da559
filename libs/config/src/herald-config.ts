/** The whole of Herald's configuration: typed, validated once at start-up, then frozen. */
export interface HeraldConfig {
  /** `production` demands explicit secrets; `development` (the default) generates what it can. */
  readonly environment: 'development' | 'production';
  readonly database:
    | { readonly type: 'postgres'; readonly url: string }
    | { readonly type: 'sqlite'; readonly path: string };
  readonly dataDir: string;
  readonly outboxDir: string;
  readonly redisUrl: string;
  /** Prefix of every BullMQ key; a `{hash tag}` keeps a queue on one Redis cluster slot. */
  readonly queuePrefix: string;
  readonly api: {
    readonly port: number;
    readonly host: string;
    /** Absolute base of the `uri` and `links` fields in API responses. */
    readonly baseUrl: string;
  };
  /** Unset means the outbox provider writes `.eml` files under `outboxDir`. */
  readonly smtpUrl: string | null;
  /** Domain of each service's sending address: `<service.local.part>@<emailDomain>`. */
  readonly emailDomain: string;
  /** 32-byte AES-256-GCM key for secrets and personal data at rest. */
  readonly encryptionKey: Buffer;
  readonly worker: {
    readonly concurrency: number;
    /** Notifications still `created` after this many seconds are queued again by the sweep. */
    readonly replayAfterSeconds: number;
    readonly sweepIntervalSeconds: number;
  };
  readonly logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  readonly sms: SmsSettings;
  readonly print: PrintSettings;
}

/** Where letters are printed: an SFTP print provider, or (null) the outbox; and when batches go. */
export interface PrintSettings {
  readonly sftp: {
    readonly host: string;
    readonly port: number;
    readonly username: string;
    readonly password: string | null;
    readonly privateKey: string | null;
    /** Folder on the server: batches go in `<path>/<batch>/`, responses are read from `<path>/responses/`. */
    readonly path: string;
  } | null;
  /** The daily batch time, London time. */
  readonly batchHour: number;
  readonly batchMinute: number;
  readonly responseIntervalSeconds: number;
}

/** Where texts go: the Twilio accounts by priority, or (none configured) the outbox. */
export interface SmsSettings {
  /** Highest priority first; empty means the outbox provider writes a `.json` per text under `outboxDir`. */
  readonly twilio: readonly TwilioAccount[];
  /** Failed sends in a row after which a provider is skipped while others are healthy. */
  readonly failureThreshold: number;
  /** How long, after its last failure, a failing provider stays skipped. */
  readonly cooldownSeconds: number;
}

export interface TwilioAccount {
  /** `twilio`, `twilio-b` …: recorded as the notification's provider. */
  readonly name: string;
  readonly priority: number;
  readonly accountSid: string;
  readonly authToken: string;
  /** Sender for services without an SMS sender of their own. */
  readonly fromNumber: string | null;
  readonly messagingServiceSid: string | null;
  /** `https://api.twilio.com` unless pointed elsewhere (tests use a loopback server). */
  readonly apiBaseUrl: string;
}
