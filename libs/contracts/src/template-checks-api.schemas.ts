import { CHECK_RULES, type CheckField } from '@herald/domain';
import {
  arrayOf,
  BOOLEAN,
  described,
  INTEGER,
  type JsonSchema,
  mapOf,
  nullable,
  NUMBER,
  objectSchema,
  oneOfValues,
  schemaRef,
  TEXT,
  TIMESTAMP,
  UUID,
} from './json-schema';
import type { CheckFindingView, CheckReportView, ReadabilityView, TemplateChecksResponse, TemplateSetChecksResponse } from './template-checks-api.types';

const CHECK_FIELDS: readonly CheckField[] = ['subject', 'content', 'welsh_subject', 'welsh_content'];
const POSITION = nullable(INTEGER);

/** What every stored report has; the template's and the set's answers add where it comes from. */
const REPORT_FIELDS: { readonly [K in keyof CheckReportView]-?: JsonSchema } = {
  checked_at: TIMESTAMP,
  blocks_publish: described(BOOLEAN, 'True when any finding is an error: an ordinary template is not saved, a set is not published.'),
  findings: arrayOf(schemaRef('CheckFinding')),
  readability: nullable(schemaRef('Readability')),
  letter_pages: described(nullable(mapOf(INTEGER)), 'A letter\'s page count in each printing, e.g. {"standard": 2, "large_print": 5}.'),
};

/** Response bodies of `/herald/v1/templates/{id}/checks` and `/herald/v1/template-sets/{id}/checks` (R-CK). */
export const TEMPLATE_CHECKS_API_SCHEMAS: Readonly<Record<string, JsonSchema>> = {
  CheckFinding: objectSchema<CheckFindingView>({
    rule: oneOfValues(CHECK_RULES),
    severity: oneOfValues(['error', 'warning']),
    field: described(nullable(oneOfValues(CHECK_FIELDS)), 'Null for a finding about the whole template, such as a letter’s pages.'),
    start: described(POSITION, 'Character offset in the field where the finding starts.'),
    end: described(POSITION, 'Character offset where it ends (exclusive).'),
    line: described(POSITION, 'The line of `start`, counted from 1.'),
    column: described(POSITION, 'The column of `start`, counted from 1.'),
    text: nullable(TEXT),
    message: TEXT,
    suggestion: nullable(TEXT),
    sentence: described(POSITION, "The sentence's index (from 0) for the sentence checks."),
    variant: described(nullable(TEXT), 'In a template set’s report: the variant, as `email:en`.'),
  }),
  Readability: objectSchema<ReadabilityView>({
    flesch_reading_ease: nullable(NUMBER),
    smog_grade: nullable(NUMBER),
    reading_age: nullable(NUMBER),
    target_age: NUMBER,
    not_scored: described(arrayOf(TEXT), 'Parts not scored (Welsh).'),
  }),
  CheckReport: objectSchema<CheckReportView>(REPORT_FIELDS),
  TemplateChecks: objectSchema<TemplateChecksResponse>({ template_id: UUID, version: INTEGER, ...REPORT_FIELDS }),
  TemplateSetChecks: objectSchema<TemplateSetChecksResponse>({
    template_set_id: UUID,
    draft: schemaRef('CheckReport'),
    published: described(
      nullable(objectSchema<CheckReportView & { version: number }>({ version: INTEGER, ...REPORT_FIELDS })),
      'Null until the set is published, and for a version published before checks existed.',
    ),
  }),
};
