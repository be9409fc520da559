import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { HeraldConfig, InjectConfig } from '@herald/config';
import type { NewDocument, Service } from '@herald/domain';
import { badRequest } from '../../../errors/notify-error';
import { decodeFileUpload } from './file-upload-content';
import { FileUploadRequest, fileUploadKeys, retentionWeeks } from './file-upload-schema';
import { documentLink } from './document-link';

const DEFAULT_RETENTION_WEEKS = 26;
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

export interface PreparedFileUploads {
  /** The personalisation with each file replaced by its download link. */
  readonly personalisation: Record<string, unknown>;
  /** The files to store with the notification (none for a smoke-test recipient). */
  readonly documents: NewDocument[];
}

export interface FileUploadContext {
  readonly service: Service;
  readonly normalisedRecipient: string;
  readonly smokeTest: boolean;
}

/**
 * Step 9 of docs/api-contract.md §12.1: checks each file, and swaps it for a download link whose secret
 * key is known only to the email. Nothing is stored here; the caller stores the documents in
 * the same transaction as the notification.
 */
@Injectable()
export class FileUploadService {
  constructor(@InjectConfig() private readonly config: HeraldConfig) {}

  prepare(personalisation: Record<string, unknown>, context: FileUploadContext, now = new Date()): PreparedFileUploads {
    const keys = fileUploadKeys(personalisation);
    if (!keys.length) return { personalisation, documents: [] };
    const { service } = context;
    if (!service.contactLink) {
      throw badRequest(
        `Send files by email has not been set up - add contact details for your service at ${this.config.api.baseUrl}/services/${service.id}/service-settings/send-files-by-email`,
      );
    }
    const linked = { ...personalisation };
    const documents: NewDocument[] = [];
    for (const key of keys) {
      if (context.smokeTest) {
        linked[key] = `${this.config.api.baseUrl}/services/${service.id}/documents/test-document`;
        continue;
      }
      const document = this.document(personalisation[key] as FileUploadRequest, context, now);
      documents.push(document);
      linked[key] = documentLink(this.config.api.baseUrl, service.id, document.id, document.key);
    }
    return { personalisation: linked, documents };
  }

  private document(upload: FileUploadRequest, context: FileUploadContext, now: Date): NewDocument {
    const { bytes, mimeType } = decodeFileUpload(upload);
    const weeks = retentionWeeks(upload.retention_period) ?? DEFAULT_RETENTION_WEEKS;
    return {
      id: randomUUID(),
      serviceId: context.service.id,
      content: bytes,
      mimeType,
      filename: upload.filename ?? null,
      // Only an explicit false lets anyone with the link download the file.
      confirmEmail: upload.confirm_email_before_download !== false,
      normalisedRecipient: context.normalisedRecipient,
      key: randomBytes(32).toString('base64url'),
      expiresAt: new Date(now.getTime() + weeks * WEEK_MS),
    };
  }
}
