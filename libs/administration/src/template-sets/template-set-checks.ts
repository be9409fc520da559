import { FieldProblem, TEMPLATE_SET_KINDS, TemplateSetDraft, TemplateSetVariant } from '@herald/domain';
import { placeholdersIn, type Placeholder } from '@herald/templating';
import { bilingualBlocks } from './bilingual-blocks';

/** Letters take these from the recipient's address, so no other variant needs them (R-RT-5). */
const ADDRESS_KEYS = new Set(['addressline1', 'addressline2', 'addressline3', 'addressline4', 'addressline5', 'addressline6', 'addressline7', 'postcode']);

/** How a problem names its variant, as the admin's editor and the CLI show it: `sms (en)`. */
export const variantName = (variant: Pick<TemplateSetVariant, 'channel' | 'language'>): string => `${variant.channel} (${variant.language})`;

/** The form field a variant's problem belongs to: `variants.sms.en`, `variants.letter.bilingual.subject`. */
export const variantField = (variant: Pick<TemplateSetVariant, 'channel' | 'language'>, part?: string): string =>
  `variants.${variant.channel}.${variant.language}${part ? `.${part}` : ''}`;

/**
 * Everything a draft must satisfy to be saved: the set's own fields, one variant per
 * (channel, language), subjects where the channel has them, and R-LF-3 for bilingual variants.
 */
export function draftProblems(draft: TemplateSetDraft): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!draft.name.trim()) problems.push({ field: 'name', message: 'Enter a name for the template set' });
  if (!(TEMPLATE_SET_KINDS as readonly string[]).includes(draft.kind)) {
    problems.push({ field: 'kind', message: 'Select the kind of message: statutory, service or optional' });
  }
  if (!draft.label.trim()) problems.push({ field: 'label', message: 'Enter the label people see for this message' });
  if (draft.variants.length === 0) problems.push({ field: 'variants', message: 'Add at least one variant: an email, a text message or a letter' });
  const seen = new Set<string>();
  for (const variant of draft.variants) {
    const field = variantField(variant);
    if (seen.has(field)) {
      problems.push({ field, message: `${variantName(variant)}: there is already a variant for this channel and language; remove one of them` });
      continue;
    }
    seen.add(field);
    problems.push(...variantProblems(variant));
  }
  return problems;
}

/** R-RT-5: every variant can be rendered from the same personalisation (checked on publishing, after draftProblems). */
export function parityProblems(variants: readonly TemplateSetVariant[]): FieldProblem[] {
  const used = variants.map((variant) => new Map(placeholdersOf(variant).map((p) => [p.key, p])));
  const union = new Map<string, Placeholder>();
  for (const placeholders of used) for (const [key, placeholder] of placeholders) if (!union.has(key)) union.set(key, placeholder);
  return variants.flatMap((variant, index) =>
    [...union.values()]
      .filter((placeholder) => !used[index].has(placeholder.key))
      .map((placeholder) => ({ field: variantField(variant), message: `${variantName(variant)}: missing ((${placeholder.name}))` })),
  );
}

/** Every placeholder a variant's texts use, except the address a letter takes from its recipient. */
export function placeholdersOf(variant: TemplateSetVariant): Placeholder[] {
  return personalised(variant.subject ?? '', variant.content, variant.welshSubject ?? '', variant.welshContent ?? '');
}

/** Placeholders filled from the personalisation: a letter's address lines are printed once, whatever the language. */
function personalised(...texts: string[]): Placeholder[] {
  return placeholdersIn(...texts).filter((placeholder) => !ADDRESS_KEYS.has(placeholder.key));
}

function variantProblems(variant: TemplateSetVariant): FieldProblem[] {
  const name = variantName(variant);
  const problems: FieldProblem[] = [];
  if (variant.channel !== 'sms' && !variant.subject?.trim()) {
    const what = variant.channel === 'email' ? 'a subject' : 'a main heading';
    problems.push({ field: variantField(variant, 'subject'), message: `${name}: enter ${what}` });
  }
  if (!variant.content.trim()) problems.push({ field: variantField(variant, 'content'), message: `${name}: enter the message` });
  if (variant.language === 'bilingual' && variant.content.trim()) problems.push(...bilingualProblems(variant));
  return problems;
}

/**
 * R-LF-3: both languages present and using the same placeholders. An email or text holds both in
 * `[[cy]]` and `[[en]]` blocks of its body; a letter holds the English in subject and content and
 * the Welsh in welshSubject and welshContent.
 */
function bilingualProblems(variant: TemplateSetVariant): FieldProblem[] {
  const name = variantName(variant);
  const field = variantField(variant, variant.channel === 'letter' ? 'welsh_content' : 'content');
  let welsh: string[];
  let english: string[];
  if (variant.channel === 'letter') {
    const missing: FieldProblem[] = [];
    if (!variant.welshSubject?.trim()) missing.push({ field: variantField(variant, 'welsh_subject'), message: `${name}: enter the Welsh main heading` });
    if (!variant.welshContent?.trim()) missing.push({ field, message: `${name}: enter the Welsh text` });
    if (missing.length) return missing;
    welsh = [variant.welshSubject ?? '', variant.welshContent ?? ''];
    english = [variant.subject ?? '', variant.content];
  } else {
    const blocks = bilingualBlocks(variant.content);
    const missing: FieldProblem[] = [];
    if (!blocks.cy.some((b) => b.trim())) missing.push({ field, message: `${name}: put the Welsh text in a [[cy]]…[[/cy]] block` });
    if (!blocks.en.some((b) => b.trim())) missing.push({ field, message: `${name}: put the English text in an [[en]]…[[/en]] block` });
    if (missing.length) return missing;
    welsh = blocks.cy;
    english = blocks.en;
  }
  const [cy, en] = [personalised(...welsh), personalised(...english)];
  return [...lacking(en, cy, `${name}: the Welsh text lacks`), ...lacking(cy, en, `${name}: the English text lacks`)].map((message) => ({ field, message }));
}

/** One message per placeholder of `expected` that `actual` does not use. */
function lacking(expected: Placeholder[], actual: Placeholder[], prefix: string): string[] {
  const keys = new Set(actual.map((p) => p.key));
  return expected.filter((p) => !keys.has(p.key)).map((p) => `${prefix} ((${p.name}))`);
}
