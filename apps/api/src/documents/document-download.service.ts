import { Injectable } from '@nestjs/common';
import { FILE_EXTENSION_MIME_TYPES, StoredDocument, UK_TIME_ZONE, validateEmailAddress } from '@herald/domain';
import { DocumentRepository, ServiceRepository } from '@herald/persistence';
import { decodeUuid } from '../public/notifications/file-uploads/document-link';
import { confirmEmailPage, DocumentPageFacts, downloadPage, expiredPage, notFoundPage, tooManyAttemptsPage } from './document-pages';
import { WrongEmailAttempts } from './wrong-email-attempts';

/** What the controller writes out: a page or the file. */
export interface DocumentResponse {
  readonly status: number;
  readonly contentType: string;
  readonly body: string | Buffer;
  readonly headers?: Readonly<Record<string, string>>;
}

/** The link's parts as they arrived: base64url ids and the secret key. */
export interface DocumentLinkParams {
  readonly service: string;
  readonly document: string;
  readonly key: string | undefined;
}

const HTML = 'text/html; charset=utf-8';
const WRONG_EMAIL = 'This is not the email address the file was sent to';
const NO_EMAIL = 'Enter your email address';

type Found = { ok: true; document: StoredDocument; facts: DocumentPageFacts } | { ok: false; response: DocumentResponse };

/**
 * The recipient's side of sending a file by email: a page naming the file, the email check
 * when the department asked for one, and the download itself.
 */
@Injectable()
export class DocumentDownloadService {
  constructor(
    private readonly documents: DocumentRepository,
    private readonly services: ServiceRepository,
    private readonly wrongAttempts: WrongEmailAttempts,
  ) {}

  async page(link: DocumentLinkParams): Promise<DocumentResponse> {
    const found = await this.find(link);
    if (!found.ok) return found.response;
    const query = `?key=${encodeURIComponent(link.key ?? '')}`;
    const body = found.document.confirmEmail ? confirmEmailPage(found.facts, query) : downloadPage(found.facts, `${link.document}/download${query}`);
    return { status: 200, contentType: HTML, body };
  }

  /** Direct download: only for files that do not ask for the recipient's email address. */
  async download(link: DocumentLinkParams): Promise<DocumentResponse> {
    const found = await this.find(link);
    if (!found.ok) return found.response;
    if (found.document.confirmEmail) {
      return { status: 303, contentType: HTML, body: '', headers: { Location: `../${link.document}?key=${encodeURIComponent(link.key ?? '')}` } };
    }
    return this.file(found.document);
  }

  /** The form on the confirm page: the right address downloads the file, a wrong one shows an error. */
  async confirm(link: DocumentLinkParams, form: string): Promise<DocumentResponse> {
    const found = await this.find(link);
    if (!found.ok) return found.response;
    const { document } = found;
    if (await this.wrongAttempts.isBlocked(document.id)) return { status: 429, contentType: HTML, body: tooManyAttemptsPage() };
    const typed = (new URLSearchParams(form).get('email_address') ?? '').trim();
    const validation = validateEmailAddress(typed);
    const normalised = validation.ok ? validation.normalised : typed.toLowerCase();
    if (typed && (await this.documents.isRecipient(document.serviceId, document.id, normalised))) return this.file(document);
    if (typed) await this.wrongAttempts.record(document.id);
    const error = { message: typed ? WRONG_EMAIL : NO_EMAIL, value: typed };
    return { status: 400, contentType: HTML, body: confirmEmailPage(found.facts, `?key=${encodeURIComponent(link.key ?? '')}`, error) };
  }

  private async find(link: DocumentLinkParams): Promise<Found> {
    const serviceId = decodeUuid(link.service);
    const documentId = decodeUuid(link.document);
    const document = serviceId && documentId && link.key ? await this.documents.findWithKey(serviceId, documentId, link.key) : null;
    if (!document) return { ok: false, response: { status: 404, contentType: HTML, body: notFoundPage() } };
    const availableUntil = formatDate(document.expiresAt);
    if (document.expiresAt.getTime() <= Date.now()) return { ok: false, response: { status: 410, contentType: HTML, body: expiredPage(availableUntil) } };
    const service = await this.services.findById(document.serviceId);
    const facts = {
      serviceName: service?.name ?? 'A government service',
      contactLink: service?.contactLink ?? null,
      fileDescription: describe(document),
      availableUntil,
    };
    return { ok: true, document, facts };
  }

  private async file(document: StoredDocument): Promise<DocumentResponse> {
    const bytes = await this.documents.content(document.serviceId, document.id);
    if (!bytes) return { status: 404, contentType: HTML, body: notFoundPage() };
    return { status: 200, contentType: document.mimeType, body: bytes, headers: { 'Content-Disposition': contentDisposition(downloadName(document)) } };
  }
}

const extensionOf = (mimeType: string): string =>
  Object.entries(FILE_EXTENSION_MIME_TYPES).find(([, type]) => type === mimeType)?.[0] ?? (mimeType === 'application/rtf' ? 'rtf' : 'bin');

const downloadName = (document: StoredDocument): string => document.filename ?? `file.${extensionOf(document.mimeType)}`;

function describe(document: StoredDocument): string {
  return `${downloadName(document)} (${extensionOf(document.mimeType).toUpperCase()}, ${formatSize(document.sizeBytes)})`;
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

const formatDate = (date: Date): string => date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: UK_TIME_ZONE });

/** An ASCII fallback for old browsers, and the exact name in RFC 5987 form. */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}
