/**
 * Every environment variable Herald reads, with its default and meaning. The README's
 * configuration table and the docker compose check are both held to this list.
 */
export const CONFIG_VARIABLES = {
  NODE_ENV: { default: 'development', description: '`production` requires ENCRYPTION_KEY and refuses generated secrets.' },
  DATABASE_URL: { default: '(unset: SQLite file under DATA_DIR)', description: 'PostgreSQL connection URL, e.g. `postgres://user:pass@host:5432/herald`.' },
  DATA_DIR: { default: './data', description: 'Folder for the SQLite database, the generated encryption key and the outbox.' },
  REDIS_URL: { default: 'redis://127.0.0.1:6379', description: 'Redis for the BullMQ queues.' },
  QUEUE_PREFIX: { default: '{herald}', description: 'Prefix of every queue key in Redis (keep the braces on a Redis cluster).' },
  REDIS_CLUSTER: {
    default: 'false',
    description:
      "`true`: REDIS_URL names one node of a Redis Cluster, and Herald finds the others. Requires REDIS_URL and a QUEUE_PREFIX with a `{hash tag}`, which keeps all of Herald's keys on one slot.",
  },
  API_PORT: { default: '3000', description: 'Port the public API listens on.' },
  API_HOST: { default: '0.0.0.0', description: 'Interface the public API listens on.' },
  API_BASE_URL: { default: 'http://localhost:API_PORT', description: 'Public base URL used in `uri` and `links` fields.' },
  ADMIN_PORT: { default: '3001', description: 'Port the admin web UI listens on.' },
  ADMIN_HOST: { default: '0.0.0.0', description: 'Interface the admin web UI listens on.' },
  ADMIN_BASE_URL: {
    default: 'http://localhost:ADMIN_PORT',
    description: 'Public base URL of the admin web UI, used in invitation and set-up links; https:// makes its cookies Secure.',
  },
  INTERNAL_API_URL: { default: 'http://127.0.0.1:API_PORT', description: "Where the admin web UI reaches the API's internal endpoints." },
  ADMIN_SESSION_IDLE_MINUTES: { default: '60', description: 'An admin session unused for this long ends (every session ends 20 hours after sign-in).' },
  SMTP_URL: { default: '(unset: outbox provider)', description: 'SMTP server for email, e.g. `smtp://user:pass@host:587` or `smtps://host:465`.' },
  SMTP_MAX_CONNECTIONS: {
    default: '(as WORKER_CONCURRENCY)',
    description:
      'SMTP connections each worker process keeps open to SMTP_URL and reuses from one email to the next; lower it for a relay that limits connections.',
  },
  EMAIL_DOMAIN: { default: 'notifications.herald.localhost', description: 'Domain of sending addresses: <service.name>@EMAIL_DOMAIN.' },
  ENCRYPTION_KEY: {
    default: '(development: generated once under DATA_DIR)',
    description:
      '32 bytes as 64 hex characters or base64; encrypts API key secrets and personalisation at rest. Required in production; generate one with `openssl rand -hex 32`.',
  },
  WORKER_CONCURRENCY: { default: '16', description: 'Sends each worker process runs at once.' },
  WORKER_PORT: {
    default: '3004',
    description:
      "Port a standalone worker answers health checks (`/_status`, `/_status/ready`) and metrics on; `0` picks a free port. The embedded start's worker uses the API's.",
  },
  WORKER_HOST: { default: '0.0.0.0', description: "Interface the standalone worker's health and metrics endpoints listen on." },
  REPLAY_AFTER_SECONDS: {
    default: '120',
    description: 'A notification still `created` after this long, or a bulk send this long past its time and not started, is queued again.',
  },
  SWEEP_INTERVAL_SECONDS: { default: '60', description: 'How often the worker looks for notifications to queue again.' },
  CLAIM_LEASE_SECONDS: {
    default: '300',
    description:
      'The longest a worker holds a notification it is sending. A worker that dies loses its claims sooner, when another worker takes over its jobs (about 30 seconds); this bounds a claim nobody takes over (keep it longer than any provider call).',
  },
  LOG_LEVEL: { default: 'log', description: '`error`, `warn`, `log`, `debug` or `verbose`.' },
  LOG_FORMAT: {
    default: 'auto',
    description:
      '`text` (human-readable lines), `json` (one JSON object a line, with the request id; for log collectors) or `auto`: `text` when the output is a terminal, `json` otherwise.',
  },
  SMS_PROVIDERS: {
    default: '(twilio:10 when TWILIO_ACCOUNT_SID has TWILIO_FROM_NUMBER or TWILIO_MESSAGING_SERVICE_SID, else the outbox)',
    description:
      'SMS providers as `name:priority`, highest used first, e.g. `twilio:10,twilio-b:5`. `twilio` reads the TWILIO_* settings; `twilio-b` reads TWILIO_B_ACCOUNT_SID, TWILIO_B_AUTH_TOKEN, TWILIO_B_FROM_NUMBER, TWILIO_B_MESSAGING_SERVICE_SID and TWILIO_B_API_BASE_URL. With no Twilio account, each text is written as a `.json` file under `DATA_DIR/outbox/sms` and marked delivered.',
  },
  TWILIO_ACCOUNT_SID: {
    default: '(unset: outbox provider)',
    description:
      'Twilio account SID (AC + 32 hex characters). With TWILIO_AUTH_TOKEN alone (no TWILIO_FROM_NUMBER or TWILIO_MESSAGING_SERVICE_SID) the account only receives texts: the inbound webhook accepts its signature and texts go out through SMS_PROVIDERS or the outbox.',
  },
  TWILIO_AUTH_TOKEN: {
    default: '(none)',
    description: 'Twilio auth token of that account: sends through it and checks the X-Twilio-Signature of its webhooks. Required with TWILIO_ACCOUNT_SID.',
  },
  TWILIO_FROM_NUMBER: {
    default: '(none)',
    description: 'Sender used when the service has no SMS sender of its own; this or TWILIO_MESSAGING_SERVICE_SID makes the account send texts.',
  },
  TWILIO_MESSAGING_SERVICE_SID: {
    default: '(none)',
    description: 'Twilio messaging service (MG + 32 hex characters) to send through; this or TWILIO_FROM_NUMBER is required to send (not to receive).',
  },
  TWILIO_API_BASE_URL: {
    default: 'https://api.twilio.com',
    description:
      'Base URL of the Twilio REST API (tests point it at a loopback server). Status callbacks go to `API_BASE_URL/webhooks/twilio/status/<notification id>`.',
  },
  SMS_PROVIDER_TIMEOUT_SECONDS: {
    default: '10',
    description: 'How long a send to an SMS provider may take; a timeout counts as a failure (with its latency) in the failover window.',
  },
  SMS_FAILOVER_WINDOW_SECONDS: {
    default: '30',
    description: "Sliding window (shared by all workers in Redis) over which each SMS provider's error rate and latency are judged.",
  },
  SMS_FAILOVER_MIN_SENDS: { default: '10', description: 'Sends a provider needs in the window before it can be judged unhealthy.' },
  SMS_FAILOVER_ERROR_RATE_PERCENT: {
    default: '30',
    description: 'A provider whose failed sends in the window reach this share is unhealthy; texts go to the next by priority.',
  },
  SMS_FAILOVER_P90_LATENCY_MS: {
    default: '5000',
    description: 'A provider whose 90th-percentile send latency in the window is above this (more than 1 send in 10 slower) is unhealthy.',
  },
  SMS_FAILOVER_PROBE_INTERVAL_MS: {
    default: '5000',
    description: 'While a provider is failed over, each worker sends it one text this often (half-open) to see whether it has recovered.',
  },
  SMS_FAILOVER_PROBE_SUCCESSES: { default: '3', description: 'Successful (and not slow) sends in a row that bring a failed-over provider back into rotation.' },
  PRINT_SFTP_URL: {
    default: '(unset: letters go to the outbox)',
    description:
      'SFTP server of the print provider, e.g. `sftp://herald@print.example:22/inbox`. Each daily batch (PDFs + `manifest.csv`) is uploaded to `<path>/<batch>/`; response files (`notification_id,status` with `posted` or `returned`) are read from `<path>/responses/`.',
  },
  PRINT_SFTP_PASSWORD: { default: '(none)', description: 'Password for PRINT_SFTP_URL (or use PRINT_SFTP_PRIVATE_KEY_FILE).' },
  PRINT_SFTP_PRIVATE_KEY_FILE: { default: '(none)', description: 'Path of a private key (OpenSSH/PEM) for PRINT_SFTP_URL.' },
  PRINT_BATCH_TIME: { default: '17:30', description: "London time (HH:MM) at which the day's letters are sent to print." },
  PRINT_RESPONSE_INTERVAL_SECONDS: {
    default: '900',
    description: "How often the worker reads the print provider's response files (posted / returned letters).",
  },
  DELIVERY_RETRY_MAX_ATTEMPTS: {
    default: '10',
    description: 'Attempts at an email or text (the first send included) before a retryable provider error ends as technical-failure.',
  },
  DELIVERY_RETRY_BASE_SECONDS: { default: '30', description: 'Wait before the first retry; each later wait doubles, up to 25% sooner at random (jitter).' },
  DELIVERY_RETRY_MAX_TOTAL_SECONDS: {
    default: '14400',
    description: 'The waits between attempts add up to at most this (4 hours); the last wait is cut short, and retries stop when it is used up.',
  },
  ALLOW_PRIVATE_CALLBACK_URLS: {
    default: '(true unless NODE_ENV=production)',
    description:
      'Whether callback URLs may resolve to loopback, private or link-local addresses. Allowed by default in development and tests, so callbacks can reach your own machine; refused in production unless this is true; false refuses them everywhere.',
  },
  CALLBACK_CONCURRENCY_PER_SERVICE: {
    default: '5',
    description: 'Callbacks sent to one service at once; more wait, so a slow URL delays only its own service.',
  },
  SNS_CERTIFICATE_URL_PATTERN: {
    default: '^https://sns\\.[a-z0-9-]+\\.amazonaws\\.com(\\.cn)?/',
    description:
      'Regular expression an SNS `SigningCertURL` must match before Herald fetches it (and caches it) to check the signature of an SES notification posted to `/webhooks/ses` (tests point it at a loopback server).',
  },
  BOUNCE_SMTP_PORT: {
    default: '(unset: no bounce mailbox)',
    description: "Port of the worker's SMTP server that receives bounce reports (RFC 3464) and complaint reports (RFC 5965).",
  },
  BOUNCE_SMTP_HOST: { default: '0.0.0.0', description: 'Interface the bounce mailbox listens on.' },
  BOUNCE_DOMAIN: {
    default: '(unset: envelope sender left to the relay)',
    description:
      'Outgoing email gets the envelope sender `bounces+<notification id>@BOUNCE_DOMAIN` (VERP), so bounces reach the bounce mailbox and name the notification even when headers are stripped.',
  },
  CLI_OPERATOR_EMAIL: {
    default: 'cli@EMAIL_DOMAIN',
    description:
      'The operator the `herald` CLI acts as: templates it creates have this `created_by`, and its changes are in the audit log under this user (made on first use; it cannot sign in).',
  },
  SMTP_DELIVERED_ON_ACCEPT: {
    default: 'false',
    description: '`true` marks an email delivered as soon as the SMTP relay accepts it (for relays that send no receipts).',
  },
  CITIZEN_PORT: { default: '3002', description: "Port the citizen web app (a person's own view of messages and look-ups) listens on." },
  CITIZEN_HOST: { default: '0.0.0.0', description: 'Interface the citizen web app listens on.' },
  CITIZEN_BASE_URL: {
    default: 'http://localhost:CITIZEN_PORT',
    description: "Public base URL of the citizen web app: its sign-in callback, and the link in a sensitive message's alert.",
  },
  CITIZEN_API_URL: { default: 'http://127.0.0.1:API_PORT', description: "Where the citizen web app reaches the API's `/herald/v1/me` endpoints." },
  CITIZEN_OIDC_ISSUER: {
    default: '(development: a built-in identity provider on CITIZEN_DEV_IDP_PORT)',
    description:
      'Issuer URL of the OpenID Connect identity service people sign in with (GOV.UK One Login, MitID, Suomi.fi...). In production without it, the citizen view is off.',
  },
  CITIZEN_OIDC_CLIENT_ID: { default: 'herald-citizen', description: "The citizen app's client id at the identity service." },
  CITIZEN_OIDC_CLIENT_SECRET: {
    default: '(development: a fixed development secret)',
    description: "The citizen app's client secret at the identity service. Required in production when CITIZEN_OIDC_ISSUER is set.",
  },
  CITIZEN_DEV_IDP_PORT: {
    default: '3003',
    description: 'Port of the development identity provider the embedded start runs when CITIZEN_OIDC_ISSUER is unset (never in production).',
  },
  CITIZEN_ID_CLAIM: { default: 'national_id', description: "The userinfo claim holding the person's identifier (matched to messages sent by identifier)." },
  CITIZEN_ID_SCHEME: { default: 'national_id', description: 'The identifier scheme that claim is, as services name it in `identifier.scheme`.' },
  MESSAGE_METADATA_RETENTION_MONTHS: {
    default: '24',
    description: "How long a message's metadata (no content, no contact details) stays in the person's own view after its content is purged.",
  },
} as const;

export type ConfigVariable = keyof typeof CONFIG_VARIABLES;
/** The settings of an SMS provider named `twilio-<x>` in SMS_PROVIDERS: TWILIO_<X>_ACCOUNT_SID and so on. */
export type TwilioAccountVariable = `TWILIO_${string}_${'ACCOUNT_SID' | 'AUTH_TOKEN' | 'FROM_NUMBER' | 'MESSAGING_SERVICE_SID' | 'API_BASE_URL'}`;
export type ConfigSource = Partial<Record<ConfigVariable | TwilioAccountVariable, string | undefined>>;
