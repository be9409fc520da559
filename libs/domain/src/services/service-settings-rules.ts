import type { EmailBranding } from './email-branding.model';
import { TemplateType } from '../notifications/notification-types';
import { sniffMimeType } from '../documents/file-types';

/** Notify keeps notifications 7 days unless a service chooses 3 to 90. */
export const DEFAULT_RETENTION_DAYS = 7;
export const MIN_RETENTION_DAYS = 3;
export const MAX_RETENTION_DAYS = 90;

export type RetentionDays = Readonly<Record<TemplateType, number>>;

export const MAX_SERVICE_NAME_LENGTH = 255;
export const MAX_ORGANISATION_NAME_LENGTH = 255;
export const MAX_LOGO_BYTES = 2 * 1024 * 1024;
export const LOGO_MIME_TYPES: Readonly<Record<string, string>> = { 'image/png': 'png', 'image/jpeg': 'jpg' };

export type RuleResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** A service name: required, at most 255 characters, and it must give an email sender name. */
export function checkServiceName(input: string): RuleResult<string> {
  const name = input.trim().replace(/\s+/g, ' ');
  if (!name) return { ok: false, message: 'Enter a service name' };
  if (name.length > MAX_SERVICE_NAME_LENGTH) return { ok: false, message: `Service name must be ${MAX_SERVICE_NAME_LENGTH} characters or fewer` };
  if (!/[\p{L}\p{N}]/u.test(name)) return { ok: false, message: 'Service name must include at least one letter or number' };
  return { ok: true, value: name };
}

/** The organisation a service sends for: trimmed, at most 255 characters; blank clears it (null). */
export function checkOrganisationName(input: string): RuleResult<string | null> {
  const name = input.trim().replace(/\s+/g, ' ');
  if (!name) return { ok: true, value: null };
  if (name.length > MAX_ORGANISATION_NAME_LENGTH) return { ok: false, message: `Organisation must be ${MAX_ORGANISATION_NAME_LENGTH} characters or fewer` };
  return { ok: true, value: name };
}

export function checkRetentionDays(input: string | number): RuleResult<number> {
  const text = String(input).trim();
  if (!text) return { ok: false, message: 'Enter a number of days' };
  if (!/^\d+$/.test(text)) return { ok: false, message: 'Number of days must be a whole number' };
  const days = Number(text);
  if (days < MIN_RETENTION_DAYS || days > MAX_RETENTION_DAYS) {
    return { ok: false, message: `Number of days must be between ${MIN_RETENTION_DAYS} and ${MAX_RETENTION_DAYS}` };
  }
  return { ok: true, value: days };
}

/** `#1D70B8`, `1d70b8` or `#fff` become `#1d70b8` / `#ffffff`. */
export function checkBrandColour(input: string): RuleResult<string> {
  const text = input.trim().replace(/^#/, '').toLowerCase();
  if (/^[0-9a-f]{6}$/.test(text)) return { ok: true, value: `#${text}` };
  if (/^[0-9a-f]{3}$/.test(text)) return { ok: true, value: `#${[...text].map((c) => c + c).join('')}` };
  return { ok: false, message: 'Enter a colour as a 6-digit hex code, like #1d70b8' };
}

/** A logo is a PNG or JPEG (recognised from its bytes, never its name) of at most 2 MB. SVG can carry script: refused. */
export function checkLogo(bytes: Buffer): RuleResult<{ mimeType: string; extension: string }> {
  if (bytes.length === 0) return { ok: false, message: 'The selected file is empty' };
  if (bytes.length > MAX_LOGO_BYTES) return { ok: false, message: 'The logo must be smaller than 2MB' };
  const mimeType = sniffMimeType(bytes);
  const extension = LOGO_MIME_TYPES[mimeType];
  if (!extension) return { ok: false, message: 'The logo must be a PNG or JPEG image' };
  return { ok: true, value: { mimeType, extension } };
}

/** A contact block prints in a small box on letters: at most 10 lines. */
export function checkLetterContactBlock(input: string): RuleResult<string> {
  const block = input.replace(/\r\n?/g, '\n').trim();
  if (!block) return { ok: false, message: 'Enter a contact block' };
  if (block.split('\n').length > 10) return { ok: false, message: 'Contact block must be 10 lines or fewer' };
  if (block.length > 1000) return { ok: false, message: 'Contact block must be 1000 characters or fewer' };
  return { ok: true, value: block };
}

/** Where the API serves a logo: public, cacheable for good (a new upload gets a new id). */
export function brandingLogoPath(logoId: string, mimeType: string): string {
  return `/branding/${logoId}.${LOGO_MIME_TYPES[mimeType] ?? 'png'}`;
}

/** A branding's logo at the API's public address (`apiBaseUrl`), as emails and previews show it; null without a logo. */
export function brandingLogoUrl(branding: Pick<EmailBranding, 'logo'>, apiBaseUrl: string): string | null {
  return branding.logo ? `${apiBaseUrl}${brandingLogoPath(branding.logo.id, branding.logo.mimeType)}` : null;
}
