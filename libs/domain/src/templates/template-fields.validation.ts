import type { FieldProblem } from '../errors/field-problem';
import { InvalidFieldsError } from '../errors/invalid-fields.error';
import { DEFAULT_POSTAGE, isUkPostage } from '../letters/postage';
import { SMS_CHARACTER_LIMIT } from '../notifications/sms-character-limit';
import { TEMPLATE_TYPES, TemplateType } from '../notifications/notification-types';

const MAX_NAME_LENGTH = 255;
const MAX_SUBJECT_LENGTH = 1000;

/** The fields of a template after validation. */
export interface ValidTemplateFields {
  readonly name: string;
  readonly subject: string | null;
  readonly content: string;
  readonly postage: string | null;
}

const CONTENT_MISSING: Record<TemplateType, string> = { email: 'Enter the message', sms: 'Enter the message', letter: 'Enter the body of the letter' };
const SUBJECT_MISSING: Partial<Record<TemplateType, string>> = { email: 'Enter a subject line', letter: 'Enter a main heading' };

/** A new template's type, or a field problem. */
export function templateTypeOf(body: Record<string, unknown>): TemplateType {
  const type = body.type;
  if (typeof type === 'string' && (TEMPLATE_TYPES as readonly string[]).includes(type)) return type as TemplateType;
  throw new InvalidFieldsError([{ field: 'type', message: 'Select a type of template' }]);
}

/** Checks a template's fields as a form would, one message per field: the admin's internal API and the CLI both use it. */
export function validTemplateFields(type: TemplateType, body: Record<string, unknown>): ValidTemplateFields {
  const problems: FieldProblem[] = [];
  const name = text(body.name).trim();
  if (!name) problems.push({ field: 'name', message: 'Enter a name for this template' });
  else if (name.length > MAX_NAME_LENGTH) problems.push({ field: 'name', message: `Template name must be ${MAX_NAME_LENGTH} characters or fewer` });

  let subject: string | null = null;
  const subjectMissing = SUBJECT_MISSING[type];
  if (subjectMissing) {
    subject = text(body.subject).trim();
    if (!subject) problems.push({ field: 'subject', message: subjectMissing });
    else if (subject.length > MAX_SUBJECT_LENGTH)
      problems.push({ field: 'subject', message: `${type === 'email' ? 'Subject line' : 'Main heading'} must be ${MAX_SUBJECT_LENGTH} characters or fewer` });
  }

  const content = text(body.content).replace(/\r\n?/g, '\n').replace(/\s+$/, '');
  if (!content.trim()) problems.push({ field: 'content', message: CONTENT_MISSING[type] });
  else if (type === 'sms' && content.length > SMS_CHARACTER_LIMIT) {
    problems.push({ field: 'content', message: `Text messages cannot be longer than ${SMS_CHARACTER_LIMIT} characters (this one is ${content.length})` });
  }

  let postage: string | null = null;
  if (type === 'letter') {
    postage = body.postage === undefined || body.postage === '' ? DEFAULT_POSTAGE : text(body.postage);
    if (!isUkPostage(postage)) problems.push({ field: 'postage', message: 'Select first class, second class or economy postage' });
  }
  if (problems.length) throw new InvalidFieldsError(problems);
  return { name, subject, content, postage };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
