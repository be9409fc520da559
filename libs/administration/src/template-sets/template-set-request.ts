import {
  FieldProblem,
  MESSAGE_CHANNELS,
  MessageChannel,
  TemplateSetDraft,
  TemplateSetKind,
  TemplateSetVariant,
  VARIANT_LANGUAGES,
  VariantLanguage,
} from '@herald/domain';
import { variantField, variantName } from './template-set-checks';

/** One variant as the admin's form or the CLI sends it; checked whole, as a form is. */
export interface TemplateSetVariantRequest {
  readonly channel?: unknown;
  readonly language?: unknown;
  readonly subject?: unknown;
  readonly content?: unknown;
  readonly welshSubject?: unknown;
  readonly welshContent?: unknown;
  /** R-RT-3: what counts as success for this channel; only `delivered` is accepted. Checked, never stored. */
  readonly success?: unknown;
}

export interface TemplateSetRequest {
  readonly name?: unknown;
  readonly kind?: unknown;
  readonly label?: unknown;
  readonly sensitive?: unknown;
  readonly variants?: unknown;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const optionalText = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

/** The draft a request describes, and the problems only the request itself can have (unknown channels, `success`). */
export function readTemplateSetRequest(request: TemplateSetRequest): { draft: TemplateSetDraft; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const given = Array.isArray(request.variants) ? (request.variants as unknown[]) : [];
  if (request.variants !== undefined && !Array.isArray(request.variants)) problems.push({ field: 'variants', message: 'Variants must be a list' });
  const variants = given.flatMap((raw, index) => {
    const read = readVariant(raw, index);
    problems.push(...read.problems);
    return read.variant ? [read.variant] : [];
  });
  const draft: TemplateSetDraft = {
    name: text(request.name).trim(),
    kind: text(request.kind) as TemplateSetKind,
    label: text(request.label).trim(),
    sensitive: request.sensitive === true || request.sensitive === 'true',
    variants,
  };
  return { draft, problems };
}

function readVariant(raw: unknown, index: number): { variant: TemplateSetVariant | null; problems: FieldProblem[] } {
  const request = (raw && typeof raw === 'object' ? raw : {}) as TemplateSetVariantRequest;
  const problems: FieldProblem[] = [];
  const channel = text(request.channel) as MessageChannel;
  const language = text(request.language) as VariantLanguage;
  if (!(MESSAGE_CHANNELS as readonly string[]).includes(channel)) {
    problems.push({ field: `variants.${index}.channel`, message: `Variant ${index + 1}: select email, sms or letter` });
  }
  if (!(VARIANT_LANGUAGES as readonly string[]).includes(language)) {
    problems.push({ field: `variants.${index}.language`, message: `Variant ${index + 1}: select the language en, cy or bilingual` });
  }
  if (problems.length) return { variant: null, problems };
  const variant: TemplateSetVariant = {
    channel,
    language,
    subject: channel === 'sms' ? null : optionalText(request.subject),
    content: text(request.content),
    welshSubject: channel === 'letter' && language === 'bilingual' ? optionalText(request.welshSubject) : null,
    welshContent: channel === 'letter' && language === 'bilingual' ? optionalText(request.welshContent) : null,
  };
  return { variant, problems: successProblems(variant, request.success) };
}

/** R-RT-3: Herald never collects opens or clicks, so no channel may wait for `read`. */
function successProblems(variant: TemplateSetVariant, success: unknown): FieldProblem[] {
  if (success === undefined || success === null || success === '' || success === 'delivered') return [];
  const field = variantField(variant, 'success');
  if (success === 'read') {
    return [{ field, message: `${variantName(variant)}: Herald never tracks email opens or clicks; \`read\` is only for a citizen inbox` }];
  }
  return [{ field, message: `${variantName(variant)}: success can only be \`delivered\`` }];
}
