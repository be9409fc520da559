import { DEFAULT_CHECK_RULES } from '@herald/domain';
import { checkTemplate } from './check-template';
import { checkedFields } from './checked-fields';
import type { CheckableTemplate } from './checkable-template';
import { linkTextFindings } from './link-text-rule';

const anEmail = (content: string, overrides: Partial<CheckableTemplate> = {}): CheckableTemplate => ({
  templateType: 'email',
  subject: 'Your licence',
  content,
  language: null,
  welshSubject: null,
  welshContent: null,
  ...overrides,
});
const findings = (content: string, overrides: Partial<CheckableTemplate> = {}) =>
  checkedFields(anEmail(content, overrides))
    .filter((field) => field.field === 'content')
    .flatMap(linkTextFindings);

describe('link text (R-CK-2)', () => {
  it('R-CK-2: [Click here](https://x.gov.uk) gives one link-text error, which blocks publishing', async () => {
    const report = await checkTemplate(anEmail('To apply, [Click here](https://x.gov.uk).'), DEFAULT_CHECK_RULES);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ rule: 'link-text', severity: 'error', field: 'content', text: 'Click here', start: 11, end: 21 });
    expect(report.findings[0].suggestion).toBeTruthy();
    expect(report.blocksPublish).toBe(true);
  });

  it('R-CK-2: [Apply for a licence](https://x.gov.uk) passes', async () => {
    const report = await checkTemplate(anEmail('[Apply for a licence](https://x.gov.uk)'), DEFAULT_CHECK_RULES);
    expect(report.findings).toEqual([]);
    expect(report.blocksPublish).toBe(false);
  });

  it('flags every vague text, whatever its case and surrounding spaces, and points at the trimmed text', () => {
    const content = '[here](https://a.gov.uk) [ Read More ](https://b.gov.uk) [this link](<https://c.gov.uk/a b>) [more](https://d.gov.uk/((ref)))';
    const found = findings(content);
    expect(found.map((finding) => finding.text)).toEqual(['here', 'Read More', 'this link', 'more']);
    for (const finding of found) expect(content.slice(finding.start!, finding.end!)).toBe(finding.text);
  });

  it('flags the Welsh equivalents too', () => {
    expect(findings('[Cliciwch yma](https://x.llyw.cymru)', { language: 'cy' }).map((finding) => finding.text)).toEqual(['Cliciwch yma']);
  });

  it('leaves plain words and bare URLs alone', () => {
    expect(findings('Read more here: https://x.gov.uk/more')).toEqual([]);
  });
});
