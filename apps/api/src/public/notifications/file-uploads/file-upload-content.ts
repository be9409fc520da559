import { FILE_EXTENSION_MIME_TYPES, fileExtension, isAllowedMimeType, sniffMimeType, SUPPORTED_FILE_TYPES } from '@herald/domain';
import { badRequest } from '../../../errors/notify-error';
import type { FileUploadRequest } from './file-upload-schema';

/** 2 MiB, with the 1 KiB of slack Notify's document store allows. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024 + 1024;
const MAX_FILENAME_LENGTH = 100;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export interface FileContent {
  readonly bytes: Buffer;
  readonly mimeType: string;
}

/**
 * The checks Notify's document store makes on an upload, in its order: the filename, the
 * base64, the size, then the type sniffed from the bytes.
 */
export function decodeFileUpload(upload: FileUploadRequest): FileContent {
  const filename = upload.filename ?? null;
  if (filename !== null) assertFilenameAllowed(filename);
  const encoded = upload.file.replace(/\s+/g, '');
  if (!BASE64.test(encoded)) throw badRequest('Document is not base64 encoded');
  const bytes = Buffer.from(encoded, 'base64');
  if (bytes.length > MAX_FILE_BYTES) throw badRequest('File is larger than 2MB');
  if (bytes.length === 0) throw badRequest('Document must not be empty');

  const sniffed = sniffMimeType(bytes);
  // Text and CSV look the same to a sniffer; the department says which with is_csv.
  const detected = upload.is_csv === true && sniffed === 'text/plain' ? 'text/csv' : sniffed;
  if (!isAllowedMimeType(detected)) throw unsupportedType(detected);
  return { bytes, mimeType: filename === null ? detected : FILE_EXTENSION_MIME_TYPES[fileExtension(filename)] };
}

function assertFilenameAllowed(filename: string): void {
  if ([...filename].length > MAX_FILENAME_LENGTH) throw badRequest(`\`filename\` cannot be longer than ${MAX_FILENAME_LENGTH} characters`);
  const extension = fileExtension(filename);
  if (!(extension in FILE_EXTENSION_MIME_TYPES)) throw unsupportedType(`.${extension}`);
}

const unsupportedType = (type: string) => badRequest(`Unsupported file type '${type}'. Supported types are: ${SUPPORTED_FILE_TYPES}`);
