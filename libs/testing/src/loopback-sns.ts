import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SnsEnvelope {
  Type: string;
  MessageId: string;
  TopicArn: string;
  Message: string;
  Timestamp: string;
  SignatureVersion: string;
  Signature: string;
  SigningCertURL: string;
  Subject?: string;
  SubscribeURL?: string;
  Token?: string;
  UnsubscribeURL?: string;
}

/**
 * Amazon SNS on loopback: a self-signed certificate (made with `openssl` from a node:crypto key
 * pair) served over HTTP at `certificateUrl`, and messages signed with its key the way SNS signs them.
 * Point SNS_CERTIFICATE_URL_PATTERN at `certificateUrlPattern`.
 */
export class LoopbackSns {
  readonly topicArn = 'arn:aws:sns:eu-west-2:123456789012:herald-ses-events';
  private server?: Server;
  private privateKeyPem = '';
  private certificatePem = '';
  port = 0;
  /** How many times the certificate was fetched. */
  certificateFetches = 0;

  async start(): Promise<this> {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    this.certificatePem = selfSignedCertificate(this.privateKeyPem);
    this.server = createServer((req, res) => {
      this.certificateFetches += 1;
      res.writeHead(req.url === '/SimpleNotificationService-test.pem' ? 200 : 404, { 'Content-Type': 'application/x-pem-file' });
      res.end(req.url === '/SimpleNotificationService-test.pem' ? this.certificatePem : '');
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
    return this;
  }

  get certificateUrl(): string {
    return `http://127.0.0.1:${this.port}/SimpleNotificationService-test.pem`;
  }

  /** For SNS_CERTIFICATE_URL_PATTERN: this server only. */
  get certificateUrlPattern(): string {
    return `^http://127\\.0\\.0\\.1:${this.port}/`;
  }

  /** An SNS Notification carrying `message` (e.g. an SES event as JSON), signed. */
  notification(message: object | string, options: { signatureVersion?: '1' | '2'; certificateUrl?: string; subject?: string } = {}): SnsEnvelope {
    return this.signed({
      Type: 'Notification',
      MessageId: randomUUID(),
      TopicArn: this.topicArn,
      Message: typeof message === 'string' ? message : JSON.stringify(message),
      Timestamp: new Date().toISOString(),
      SignatureVersion: options.signatureVersion ?? '1',
      Signature: '',
      SigningCertURL: options.certificateUrl ?? this.certificateUrl,
      ...(options.subject === undefined ? {} : { Subject: options.subject }),
      UnsubscribeURL: 'https://sns.eu-west-2.amazonaws.com/?Action=Unsubscribe',
    });
  }

  subscriptionConfirmation(subscribeUrl: string): SnsEnvelope {
    return this.signed({
      Type: 'SubscriptionConfirmation',
      MessageId: randomUUID(),
      TopicArn: this.topicArn,
      Token: 'token-123',
      Message: 'You have chosen to subscribe to the topic.',
      SubscribeURL: subscribeUrl,
      Timestamp: new Date().toISOString(),
      SignatureVersion: '2',
      Signature: '',
      SigningCertURL: this.certificateUrl,
    });
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private signed(envelope: SnsEnvelope): SnsEnvelope {
    const fields =
      envelope.Type === 'Notification'
        ? (['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type'] as const)
        : (['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'] as const);
    const text = fields
      .filter((f) => envelope[f] !== undefined)
      .map((f) => `${f}\n${envelope[f]}\n`)
      .join('');
    const algorithm = envelope.SignatureVersion === '1' ? 'sha1' : 'sha256';
    return { ...envelope, Signature: sign(algorithm, Buffer.from(text, 'utf8'), this.privateKeyPem).toString('base64') };
  }
}

function selfSignedCertificate(privateKeyPem: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'herald-sns-'));
  try {
    writeFileSync(join(dir, 'key.pem'), privateKeyPem, { mode: 0o600 });
    execFileSync(
      'openssl',
      ['req', '-new', '-x509', '-key', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=sns.eu-west-2.amazonaws.com'],
      { stdio: 'ignore' },
    );
    return readFileSync(join(dir, 'cert.pem'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
