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
}
