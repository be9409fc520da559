import { verify, X509Certificate } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import { SnsMessage, snsStringToSign } from './sns-message';

const FETCH_TIMEOUT_MS = 5000;

/**
 * Checks an SNS message's signature (version 1: RSA-SHA1, version 2: RSA-SHA256) against the
 * certificate named by SigningCertURL, fetched only from URLs matching SNS_CERTIFICATE_URL_PATTERN
 * (Amazon's sns.<region>.amazonaws.com over https by default) and cached by URL.
 */
@Injectable()
export class SnsSignatureVerifier {
  private readonly logger = new Logger(SnsSignatureVerifier.name);
  private readonly trustedCertificateUrl: RegExp;
  private readonly certificates = new Map<string, Promise<X509Certificate>>();

  constructor(@InjectConfig() config: HeraldConfig) {
    this.trustedCertificateUrl = new RegExp(config.receipts.snsCertificateUrlPattern);
  }

  async isValid(message: SnsMessage): Promise<boolean> {
    const certificateUrl = this.trustedUrl(message.SigningCertURL);
    if (!certificateUrl) {
      this.logger.warn(`SNS message ${message.MessageId} names an untrusted signing certificate URL; refused`);
      return false;
    }
    let certificate: X509Certificate;
    try {
      certificate = await this.certificate(certificateUrl);
    } catch (error) {
      this.logger.warn(`Could not fetch the SNS signing certificate for message ${message.MessageId}: ${(error as Error).message}`);
      return false;
    }
    const algorithm = message.SignatureVersion === '1' ? 'sha1' : 'sha256';
    return verify(algorithm, Buffer.from(snsStringToSign(message), 'utf8'), certificate.publicKey, Buffer.from(message.Signature, 'base64'));
  }

  /**
   * The URL as it will be fetched, if the pattern trusts it. The pattern sees the normalised URL
   * (dot segments, percent-encoded dots and the host's case resolved), so
   * `…/trusted/../attacker.pem` cannot pass a pattern scoped to `…/trusted/`.
   */
  private trustedUrl(raw: string): string | null {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return null;
    }
    if (url.username || url.password) return null;
    return this.trustedCertificateUrl.test(url.href) ? url.href : null;
  }

  private certificate(url: string): Promise<X509Certificate> {
    let pending = this.certificates.get(url);
    if (!pending) {
      pending = fetchCertificate(url);
      // A failed fetch is not cached: the next message tries again.
      pending.catch(() => this.certificates.delete(url));
      this.certificates.set(url, pending);
    }
    return pending;
  }
}

async function fetchCertificate(url: string): Promise<X509Certificate> {
  const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'error' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return new X509Certificate(await response.text());
}
