import type { CitizenSettings } from './citizen-settings';
/** The whole of Herald's configuration: typed, validated once at start-up, then frozen. */
export interface HeraldConfig {
  /** `production` demands explicit secrets; `development` (the default) generates what it can. */
  readonly environment: 'development' | 'production';
  readonly database: { readonly type: 'postgres'; readonly url: string } | { readonly type: 'sqlite'; readonly path: string };
  readonly dataDir: string;
  readonly outboxDir: string;
  readonly redisUrl: string;
  /** REDIS_URL was not set: `npm start` may start a private redis-server when nothing answers at the default. */
  readonly redisUrlIsDefault: boolean;
  /** REDIS_URL names a seed node of a Redis Cluster (then QUEUE_PREFIX has a `{hash tag}` and REDIS_URL was set). */
  readonly redisCluster: boolean;
  /** Prefix of every BullMQ key; a `{hash tag}` keeps a queue on one Redis cluster slot. */
  readonly queuePrefix: string;
  readonly api: {
    readonly port: number;
    readonly host: string;
    /** Absolute base of the `uri` and `links` fields in API responses. */
    readonly baseUrl: string;
  };
  readonly admin: AdminSettings;
  readonly citizen: CitizenSettings;
  /** Unset means the outbox provider writes `.eml` files under `outboxDir`. */
  readonly smtpUrl: string | null;
  /** Connections each worker's SMTP pool keeps open at most (by default one per concurrent send). */
  readonly smtpMaxConnections: number;
  /** Domain of each service's sending address: `<service.local.part>@<emailDomain>`. */
  readonly emailDomain: string;
  /** 32-byte AES-256-GCM key for secrets and personal data at rest. */
  readonly encryptionKey: Buffer;
  readonly worker: {
    readonly concurrency: number;
    /** Where a standalone worker serves its health checks and metrics. */
    readonly port: number;
    readonly host: string;
    /** Notifications still `created` after this many seconds are queued again by the sweep. */
    readonly replayAfterSeconds: number;
    readonly sweepIntervalSeconds: number;
    /** A worker's claim on a notification it is sending lapses after this, so a crashed worker strands nothing. */
    readonly claimLeaseSeconds: number;
  };
  readonly logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  /** `auto` is decided where the logger is made: text on a terminal, JSON otherwise. */
  readonly logFormat: 'auto' | 'json' | 'text';
  readonly sms: SmsSettings;
  readonly retry: DeliveryRetrySettings;
  readonly print: PrintSettings;
  readonly callbacks: CallbackSettings;
  readonly receipts: ReceiptSettings;
  /** The operator the `herald` CLI acts as: the author of what it creates and the user of its audit records. */
  readonly cliOperatorEmail: string;
}

/** Provider receipts that do not come through the Twilio webhook: SES via SNS, the bounce mailbox, receipt-less relays. */
export interface ReceiptSettings {
  /** SNS signing certificates are fetched only from URLs matching this (a regular expression). */
  readonly snsCertificateUrlPattern: string;
  /** SMTP server receiving bounces (DSN) and complaints (ARF); null: off. */
  readonly bounceSmtp: { readonly host: string; readonly port: number } | null;
  /** Envelope sender domain of outgoing email: `bounces+<notification id>@<bounceDomain>` (VERP); null: not set. */
  readonly bounceDomain: string | null;
  /** The SMTP relay sends no receipts: an accepted email is `delivered`. */
  readonly smtpDeliveredOnAccept: boolean;
}

/** Callbacks to departments: which URLs are allowed and how many requests one service gets at once. */
export interface CallbackSettings {
  /** Loopback, private and link-local addresses are allowed: by default except in production (ALLOW_PRIVATE_CALLBACK_URLS decides). */
  readonly allowPrivateUrls: boolean;
  readonly concurrencyPerService: number;
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
  /**
   * Every Twilio account whose signed webhooks (received texts, status callbacks) Herald accepts:
   * the sending accounts, and TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN when that account only receives.
   */
  readonly twilioWebhookAccounts: readonly TwilioCredentials[];
  /** How long one send may take; a timeout is a failure with this latency. */
  readonly timeoutSeconds: number;
  readonly failover: SmsFailoverSettings;
}

/** When an SMS provider counts as unhealthy, judged over a sliding window shared by all workers. */
export interface SmsFailoverSettings {
  readonly windowSeconds: number;
  /** Fewer sends than this in the window: not enough to judge, so healthy. */
  readonly minSends: number;
  readonly errorRatePercent: number;
  readonly p90LatencyMs: number;
  /** While a provider is failed over, each worker lets one text through to it this often. */
  readonly probeIntervalMs: number;
  /** Successes in a row that bring a failed-over provider back. */
  readonly probeSuccesses: number;
}

/**
 * Retries of a retryable provider error: the wait before retry n is base × 2^(n−1), up to 25%
 * sooner at random, and the waits add up to at most maxTotalSeconds.
 */
export interface DeliveryRetrySettings {
  /** Attempts in all, the first send included. */
  readonly maxAttempts: number;
  readonly baseSeconds: number;
  readonly maxTotalSeconds: number;
}

/** Enough of a Twilio account to check the X-Twilio-Signature of what it posts. */
export interface TwilioCredentials {
  readonly accountSid: string;
  readonly authToken: string;
}

export interface TwilioAccount extends TwilioCredentials {
  /** `twilio`, `twilio-b` …: recorded as the notification's provider. */
  readonly name: string;
  readonly priority: number;
  /** Sender for services without an SMS sender of their own. */
  readonly fromNumber: string | null;
  readonly messagingServiceSid: string | null;
  /** `https://api.twilio.com` unless pointed elsewhere (tests use a loopback server). */
  readonly apiBaseUrl: string;
}

/** The admin web UI: where it listens, where it is reached, and how it reaches the API's internal endpoints. */
export interface AdminSettings {
  readonly port: number;
  readonly host: string;
  /** Absolute base of links in system emails (invitations, set-up links); https makes session cookies Secure. */
  readonly baseUrl: string;
  /** The API as the admin reaches it (often a private address, not the public API_BASE_URL). */
  readonly internalApiUrl: string;
  /** A session unused for this long ends; every session ends 20 hours after sign-in whatever. */
  readonly sessionIdleMinutes: number;
}
