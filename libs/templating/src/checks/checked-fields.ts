import type { CheckField } from '@herald/domain';
import { languageBlockRanges } from '../language-blocks';
import type { CheckableTemplate } from './checkable-template';

/** The languages the checks tell apart: English rules never run on Welsh, and Welsh is not scored. */
export type ProseLanguage = 'en' | 'cy';

/** A stretch of a field in one language, as offsets into the field (end exclusive). */
export interface TextRegion {
  readonly start: number;
  readonly end: number;
  readonly lang: ProseLanguage;
}

/**
 * One field of a template as the checks read it. A `heading` (an email's subject, a letter's main
 * heading) gets only the word rules; a `body` gets every rule its channel allows.
 */
export interface CheckedField {
  readonly field: CheckField;
  readonly text: string;
  readonly part: 'heading' | 'body';
  readonly regions: readonly TextRegion[];
}

/** The fields of a template with words in them, each split into its English and Welsh stretches. */
export function checkedFields(template: CheckableTemplate): CheckedField[] {
  const bilingual = template.language === 'bilingual';
  const welsh = template.language === 'cy';
  const inBlocks = bilingual && template.templateType !== 'letter';
  const own: ProseLanguage = welsh ? 'cy' : 'en';
  const fields: CheckedField[] = [];
  const add = (field: CheckField, text: string | null, part: CheckedField['part'], lang: ProseLanguage) => {
    if (!text?.trim()) return;
    fields.push({ field, text, part, regions: inBlocks ? blockRegions(text) : [{ start: 0, end: text.length, lang }] });
  };
  if (template.templateType !== 'sms') add('subject', template.subject, 'heading', own);
  add('content', template.content, 'body', own);
  if (bilingual && template.templateType === 'letter') {
    add('welsh_subject', template.welshSubject, 'heading', 'cy');
    add('welsh_content', template.welshContent, 'body', 'cy');
  }
  return fields;
}

/** True when the template has Welsh text, which the readability formulas do not score. */
export function hasWelsh(fields: readonly CheckedField[]): boolean {
  return fields.some((field) => field.regions.some((region) => region.lang === 'cy' && field.text.slice(region.start, region.end).trim() !== ''));
}

/**
 * A bilingual email's or text's `[[cy]]…[[/cy]]` blocks are Welsh; its `[[en]]` blocks and any
 * text outside a block are read as English (as the email's `<html lang>` falls back to English).
 */
function blockRegions(text: string): TextRegion[] {
  const regions: TextRegion[] = [];
  let cursor = 0;
  for (const block of languageBlockRanges(text)) {
    if (block.start > cursor) regions.push({ start: cursor, end: block.start, lang: 'en' });
    regions.push(block);
    cursor = block.end;
  }
  if (cursor < text.length) regions.push({ start: cursor, end: text.length, lang: 'en' });
  return regions;
}
