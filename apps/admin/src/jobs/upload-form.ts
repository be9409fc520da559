import type { MultipartFile } from '@fastify/multipart';
import type { UploadProblem } from '@herald/contracts';
import type { FormErrors } from '../forms/form-errors';
import { formErrors } from '../forms/form-errors';
import { wordsOf } from '../forms/problem-words';
import type { AdminRequest } from '../session/admin-request';
import { checkCsrfToken } from '../session/csrf.guard';
import type { CsrfTokens } from '../session/csrf-tokens';

const ACCEPTED = /\.(csv|xlsx)$/i;

export type ReceivedUpload =
  | { readonly kind: 'uploaded'; readonly uploadId: string }
  | { readonly kind: 'form-error'; readonly errors: FormErrors }
  | {
      readonly kind: 'bad-file';
      readonly errors: FormErrors;
      readonly fileName: string;
      readonly rowCount: number;
      readonly problems: readonly UploadProblem[];
      readonly problemCount: number;
    };

/**
 * Takes the form's file part and streams it to the API as it arrives (the admin never holds the
 * file). The form's `csrf_token` field comes before the file part and is checked before any of the
 * file is read. Anything that is not a CSV or XLSX file is refused here, before it is sent.
 */
export async function receiveUpload(request: AdminRequest, csrf: CsrfTokens, serviceId: string, templateId: string): Promise<ReceivedUpload> {
  const file = (await (request as AdminRequest & { file(): Promise<MultipartFile | undefined> }).file()) ?? null;
  const token = file?.fields.csrf_token;
  try {
    checkCsrfToken(csrf, request, token && !Array.isArray(token) && token.type === 'field' ? token.value : undefined);
  } catch (error) {
    file?.file.resume();
    throw error;
  }
  if (!file || file.filename === '') return refuse(file, 'Choose a CSV or Excel (.xlsx) file to upload');
  if (!ACCEPTED.test(file.filename)) return refuse(file, 'The file must be a CSV file or an Excel (.xlsx) workbook');
  const result = await request.apiClient.jobs.upload(serviceId, templateId, file.filename, file.file);
  if (file.file.truncated) return refuse(null, 'The file is too big: it must be smaller than 100 MB');
  if (result.ok) return { kind: 'uploaded', uploadId: result.uploadId };
  return {
    kind: 'bad-file',
    fileName: file.filename,
    rowCount: result.rowCount,
    problems: result.problems.map((problem) => ({ ...problem, message: wordsOf(problem, { label: problem.column, where: 'file' }) })),
    problemCount: result.problemCount,
    errors: formErrors([
      {
        field: 'file',
        message: `There ${result.problemCount === 1 ? 'is 1 problem' : `are ${result.problemCount} problems`} in ${file.filename}: fix ${result.problemCount === 1 ? 'it' : 'them'} and upload the file again`,
      },
    ]),
  };
}

function refuse(file: MultipartFile | null, message: string): ReceivedUpload {
  file?.file.resume();
  return { kind: 'form-error', errors: formErrors([{ field: 'file', message }]) };
}
