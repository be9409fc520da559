import type { BrandingChange } from '@herald/contracts';
import type { AdminRequest } from '../session/admin-request';
import { checkCsrfToken } from '../session/csrf.guard';
import type { CsrfTokens } from '../session/csrf-tokens';

/** The API checks the logo (type from its bytes, size); the admin only stops reading past this. */
const MAX_LOGO_BYTES = 2 * 1024 * 1024;

export interface BrandingForm {
  readonly change: BrandingChange;
  /** A problem found before anything reached the API (a logo too large to send). */
  readonly problem: { field: string; message: string } | null;
}

interface ReadParts {
  readonly fields: Record<string, string>;
  readonly logo: Buffer | null;
  readonly tooLarge: boolean;
}

/**
 * Reads the branding form: colour, banner text, remove_logo and an optional logo file. Posted as
 * multipart, its `csrf_token` field is checked here, once the parts are read (CsrfGuard checks the
 * other way).
 */
export async function readBrandingForm(request: AdminRequest, csrf: CsrfTokens): Promise<BrandingForm> {
  // A form posted without its file part (not multipart) still changes the colour and text.
  const multipart = request.isMultipart();
  const { fields, logo, tooLarge } = multipart
    ? await readMultipart(request)
    : { fields: { ...((request.body as Record<string, string> | undefined) ?? {}) }, logo: null, tooLarge: false };
  if (multipart) checkCsrfToken(csrf, request, fields.csrf_token);
  const change: BrandingChange = {
    colour: fields.colour ?? '',
    banner_text: fields.banner_text ?? '',
    remove_logo: fields.remove_logo === 'yes',
    ...(logo ? { logo_base64: logo.toString('base64') } : {}),
  };
  return { change, problem: tooLarge ? { field: 'logo', message: 'The logo must be smaller than 2MB' } : null };
}

async function readMultipart(request: AdminRequest): Promise<ReadParts> {
  const fields: Record<string, string> = {};
  let logo: Buffer | null = null;
  try {
    for await (const part of request.parts({ limits: { fileSize: MAX_LOGO_BYTES, files: 1 } })) {
      if (part.type === 'field') {
        fields[part.fieldname] = typeof part.value === 'string' ? part.value : '';
        continue;
      }
      const chunks: Buffer[] = [];
      for await (const chunk of part.file) chunks.push(chunk as Buffer);
      if (part.filename && chunks.length) logo = Buffer.concat(chunks);
    }
  } catch (error) {
    // The file went past the limit: say so rather than read the rest.
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') return { fields, logo: null, tooLarge: true };
    throw error;
  }
  return { fields, logo, tooLarge: false };
}
