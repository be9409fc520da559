import { renderEmailBody } from './email-body';
import { LetterContent } from './letter-pdf-renderer';
import { renderLetterHeading } from './letter-subject';
import { Personalisation } from './personalisation';

/** The fields of a letter template version that hold its words. */
export interface LetterTemplateText {
  readonly subject: string | null;
  readonly content: string;
  /** `bilingual` prints `welshSubject` and `welshContent` first. */
  readonly language: string | null;
  readonly welshSubject: string | null;
  readonly welshContent: string | null;
}

/** A letter's heading, body and (bilingual only) Welsh text, filled: the words of a LetterContent. */
export function renderLetterText(template: LetterTemplateText, personalisation: Personalisation): Pick<LetterContent, 'heading' | 'body' | 'welsh'> {
  const welsh =
    template.language === 'bilingual'
      ? { subject: renderLetterHeading(template.welshSubject ?? '', personalisation), content: renderEmailBody(template.welshContent ?? '', personalisation) }
      : null;
  return { heading: renderLetterHeading(template.subject ?? '', personalisation), body: renderEmailBody(template.content, personalisation), welsh };
}
