import { AWS_SNS_CERTIFICATE_URL_PATTERN, HeraldConfig } from '@herald/config';
import { LoopbackSns } from '@herald/testing';
import { parseSnsMessage, SnsMessage } from './sns-message';
import { SnsSignatureVerifier } from './sns-signature-verifier';

describe('SnsSignatureVerifier', () => {
  const sns = new LoopbackSns();
  let verifier: SnsSignatureVerifier;
  const verifierTrusting = (pattern: string) => new SnsSignatureVerifier({ receipts: { snsCertificateUrlPattern: pattern } } as HeraldConfig);
  const asMessage = (envelope: object): SnsMessage => parseSnsMessage(JSON.stringify(envelope))!;
  const sesDelivery = { notificationType: 'Delivery', mail: { messageId: 'ses-1' }, delivery: { timestamp: '2026-01-01T12:00:00.000Z' } };

  beforeAll(async () => {
    await sns.start();
    verifier = verifierTrusting(sns.certificateUrlPattern);
  });
  afterAll(() => sns.stop());

  it('accepts a notification signed with SignatureVersion 1 (SHA1)', async () => {
    expect(await verifier.isValid(asMessage(sns.notification(sesDelivery, { signatureVersion: '1' })))).toBe(true);
  });

  it('accepts a notification signed with SignatureVersion 2 (SHA256), with a Subject', async () => {
    expect(await verifier.isValid(asMessage(sns.notification(sesDelivery, { signatureVersion: '2', subject: 'Amazon SES Email Event Notification' })))).toBe(
      true,
    );
  });

  it('accepts a signed subscription confirmation', async () => {
    expect(await verifier.isValid(asMessage(sns.subscriptionConfirmation('https://sns.eu-west-2.amazonaws.com/?Action=ConfirmSubscription&Token=t')))).toBe(
      true,
    );
  });

  it('refuses a message changed after it was signed', async () => {
    const envelope = sns.notification(sesDelivery);
    const tampered = { ...envelope, Message: envelope.Message.replace('Delivery', 'Bounce') };
    expect(await verifier.isValid(asMessage(tampered))).toBe(false);
  });

  it('refuses a signature made for another version', async () => {
    const envelope = sns.notification(sesDelivery, { signatureVersion: '1' });
    expect(await verifier.isValid(asMessage({ ...envelope, SignatureVersion: '2' }))).toBe(false);
  });

  it('refuses a certificate from a host it does not trust, without fetching it', async () => {
    const fetches = sns.certificateFetches;
    const envelope = sns.notification(sesDelivery, { certificateUrl: 'https://sns.eu-west-2.amazonaws.com.evil.example/cert.pem' });
    expect(await verifier.isValid(asMessage(envelope))).toBe(false);
    expect(sns.certificateFetches).toBe(fetches);
  });

  it.each([
    '/trusted/../SimpleNotificationService-test.pem',
    '/trusted/%2e%2e/SimpleNotificationService-test.pem',
    '/trusted/%2E./SimpleNotificationService-test.pem',
  ])('judges the certificate URL after normalising it, so %s cannot leave a trusted path', async (path) => {
    const origin = new URL(sns.certificateUrl).origin;
    const scoped = verifierTrusting(`^${origin.replace(/[.]/g, '\\.')}/trusted/`);
    const fetches = sns.certificateFetches;
    expect(await scoped.isValid(asMessage(sns.notification(sesDelivery, { certificateUrl: `${origin}${path}` })))).toBe(false);
    expect(sns.certificateFetches).toBe(fetches);
  });

  it('trusts only Amazon’s https SNS hosts by default', async () => {
    expect(await verifierTrusting(AWS_SNS_CERTIFICATE_URL_PATTERN).isValid(asMessage(sns.notification(sesDelivery)))).toBe(false);
    const pattern = new RegExp(AWS_SNS_CERTIFICATE_URL_PATTERN);
    expect(pattern.test('https://sns.eu-west-2.amazonaws.com/SimpleNotificationService-abc.pem')).toBe(true);
    expect(pattern.test('http://sns.eu-west-2.amazonaws.com/SimpleNotificationService-abc.pem')).toBe(false);
    expect(pattern.test('https://sns.eu-west-2.amazonaws.com.evil.example/cert.pem')).toBe(false);
    expect(pattern.test('https://evil.example/sns.eu-west-2.amazonaws.com/cert.pem')).toBe(false);
  });

  it('fetches each certificate once', async () => {
    const fresh = verifierTrusting(sns.certificateUrlPattern);
    const before = sns.certificateFetches;
    await fresh.isValid(asMessage(sns.notification(sesDelivery)));
    await fresh.isValid(asMessage(sns.notification(sesDelivery)));
    expect(sns.certificateFetches - before).toBe(1);
  });
});
