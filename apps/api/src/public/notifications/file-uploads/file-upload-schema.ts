import { isObject } from '../../validation/request-schema';
import { pythonRepr } from '../../validation/python-repr';

/** A personalisation value that asks Herald to send a file (docs/api-contract.md §15.1), as the client's prepareUpload makes it. */
export interface FileUploadRequest {
  readonly file: string;
  readonly filename?: string | null;
  readonly confirm_email_before_download?: boolean | null;
  readonly retention_period?: string | null;
  readonly is_csv?: boolean | null;
}

const FILE_KEYS = ['file', 'filename', 'confirm_email_before_download', 'retention_period', 'is_csv'];
const RETENTION_PERIOD = /^(\d+) weeks?$/;

/** An object with a `file` key is an upload; any other value is plain personalisation. */
export const isFileUpload = (value: unknown): value is FileUploadRequest => isObject(value) && 'file' in value;

export function fileUploadKeys(personalisation: Record<string, unknown>): string[] {
  return Object.keys(personalisation).filter((key) => isFileUpload(personalisation[key]));
}

/** Weeks of a valid `retention_period` ("1 week" to "78 weeks", any case), or null. */
export function retentionWeeks(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const match = RETENTION_PERIOD.exec(value.trim().toLowerCase());
  const weeks = match ? Number(match[1]) : 0;
  return weeks >= 1 && weeks <= 78 ? weeks : null;
}

/**
 * The schema stage of a file object: Notify validates it as part of `personalisation`, so each
 * message starts with that field name, as every JSON-schema message does (docs/api-contract.md §4.4).
 */
export function fileUploadSchemaErrors(personalisation: unknown): string[] {
  if (!isObject(personalisation)) return [];
  return fileUploadKeys(personalisation)
    .flatMap((key) => fileObjectErrors(personalisation[key] as Record<string, unknown>))
    .map((message) => `personalisation ${message}`);
}

function fileObjectErrors(upload: Record<string, unknown>): string[] {
  const errors: string[] = [];
  if (typeof upload.file !== 'string') errors.push(`${pythonRepr(upload.file)} is not of type string`);
  const { filename, confirm_email_before_download: confirm, retention_period: retention, is_csv: isCsv } = upload;
  if (filename !== undefined && filename !== null && !(typeof filename === 'string' && filename.includes('.'))) {
    errors.push('`filename` must end with a file extension. For example, filename.csv');
  }
  if (confirm !== undefined && confirm !== null && typeof confirm !== 'boolean') {
    errors.push(`Unsupported value for confirm_email_before_download: ${pythonRepr(confirm)}. Use a boolean true or false value.`);
  }
  if (retention !== undefined && retention !== null && retentionWeeks(retention) === null) {
    errors.push(`Unsupported value for retention_period: ${pythonRepr(retention)}. Supported periods are from 1 to 78 weeks.`);
  }
  if (isCsv !== undefined && isCsv !== null && typeof isCsv !== 'boolean') {
    errors.push(`Unsupported value for is_csv: ${pythonRepr(isCsv)}. Use a boolean true or false value.`);
  }
  if (isCsv !== undefined && isCsv !== null && filename !== undefined && filename !== null) {
    errors.push('Do not set a value for `is_csv` if `filename` is set.');
  }
  const extras = Object.keys(upload).filter((key) => !FILE_KEYS.includes(key));
  if (extras.length) errors.push(`Additional properties are not allowed (${extras.join(', ')} ${extras.length === 1 ? 'was' : 'were'} unexpected)`);
  return errors;
}
