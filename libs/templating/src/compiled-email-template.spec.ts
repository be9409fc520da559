import fc from 'fast-check';
import { CompiledEmailTemplate } from './compiled-email-template';
import { EmailRenderData, EmailRenderer } from './email-renderer';
import { preheaderFrom } from './email-preheader';
import { parsePlaceholderBody, PLACEHOLDER_PATTERN } from './placeholder-parser';
import { FillableText } from './placeholder-filler';
import { isAbsent, normaliseKey, personalisationByKey } from './personalisation';
import { formatValue, showsConditional } from './value-formatting';

// Texts made mostly of what templates are made of: brackets, placeholders, markdown and quotes.
const templateText = fc
  .array(
    fc.constantFrom('((name))', '((Name??shown))', '((items))', '((', '))', '(', ')', '# ', '* ', '\n', '\n\n', "'", '"', ' - ', 'a@b.gov.uk', 'word', ' '),
    {
      maxLength: 40,
    },
  )
  .map((parts) => parts.join(''));
const personalisation = fc.record(
  { name: fc.oneof(fc.string(), fc.constant(null)), items: fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }) },
  { requiredKeys: [] },
);

/** fillPlaceholders as it was before templates were compiled: one regex pass over the whole text. */
function fillByRegex(text: string, values: Record<string, unknown>): string {
  const byKey = personalisationByKey(values);
  return text.replace(PLACEHOLDER_PATTERN, (placeholder: string, body: string) => {
    const { name, conditionalText } = parsePlaceholderBody(body);
    const value = byKey.get(normaliseKey(name));
    if (isAbsent(value)) return placeholder;
    if (conditionalText !== null) return showsConditional(value) ? conditionalText : '';
    return formatValue(value, 'bullets');
  });
}

/** preheaderFrom as it was before it stopped reading after the first 256 characters. */
function preheaderOfWholeText(plainText: string): string {
  const words = plainText
    .split('\n')
    .filter((line) => !/^[=-]+$/.test(line.trim()))
    .join(' ')
    .split(/\s+/)
    .filter((word) => word !== '');
  return words.join(' ').slice(0, 256).trim();
}

describe('a compiled email template', () => {
  const renderer = new EmailRenderer();
  const data = (values: Record<string, unknown>): EmailRenderData => ({ personalisation: values, serviceName: 'Passport Office', unsubscribeUrl: null });

  it('fills a text split once exactly as a regex pass over the text fills it', () => {
    fc.assert(
      fc.property(templateText, personalisation, (text, values) => {
        expect(new FillableText(text).fill(values, { lists: 'bullets' })).toBe(fillByRegex(text, values));
      }),
    );
  });

  it('renders the same email for every recipient as rendering from the template text does', () => {
    const template = { subject: 'Your ((name)) appointment', content: '# Hello ((name))\n\n* ((items))\n\nIt\'s on "Monday" - see a@b.gov.uk', language: null };
    const compiled = new CompiledEmailTemplate(template);
    fc.assert(
      fc.property(personalisation, (values) => {
        expect(renderer.renderCompiled(compiled, data(values))).toEqual(renderer.render({ ...template, ...data(values) }));
      }),
    );
  });

  it('keeps a bilingual version’s blocks, their languages and its subject without markers', () => {
    const compiled = new CompiledEmailTemplate({
      subject: '[[cy]]Helo[[/cy]] [[en]]Hello[[/en]]',
      content: '[[cy]]Helo ((name))[[/cy]]\n\n[[en]]Hello ((name))[[/en]]',
      language: 'bilingual',
    });
    const email = renderer.renderCompiled(compiled, data({ name: 'Rhys' }));
    expect(email.subject).toBe('Helo Hello');
    expect(email.html).toMatch(/<html lang="cy">/);
    expect(email.html).toContain('<div lang="cy">');
    expect(email.text).toContain('Helo Rhys\n\nHello Rhys');
  });

  it('takes the preheader from the first words only, as reading the whole text does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('word', ' ', '\n', '---', '===', 'x'.repeat(60), '\t'), { maxLength: 200 }), (parts) => {
        const text = parts.join('');
        expect(preheaderFrom(text)).toBe(preheaderOfWholeText(text));
      }),
    );
  });
});
