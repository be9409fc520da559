import { MarkdownCase, P } from './markdown-cases';

const LINK = (href: string, text: string) => `<a href="${href}">${text}</a>`;

/** Inset text, switched-off markdown, links, bare URLs and escaping (see MarkdownCase). */
export const INLINE_CASES: readonly MarkdownCase[] = [
  // test_block_quote
  {
    name: '^ is inset text, printed as a paragraph in letters',
    input: '^ inset text',
    html: '<blockquote><p>inset text</p></blockquote>',
    text: 'inset text',
    letter: [P('inset text')],
    sms: '^ inset text',
  },
  // Notify's block_quote pattern: lines after a ^ line belong to it until a blank line
  {
    name: 'inset text goes on until a blank line',
    input: '^ one\ntwo\n\nAfter',
    html: '<blockquote><p>one<br>two</p></blockquote><p>After</p>',
    text: 'one\ntwo\n\nAfter',
    letter: [P('one\ntwo'), P('After')],
    sms: '^ one\ntwo\n\nAfter',
  },
  // test_double_emphasis, test_emphasis, test_nested_emphasis: Notify removes the emphasis rules
  {
    name: 'emphasis stays literal',
    input: 'something **important**, *this*, _that_, before*after, before_after, foo ****** bar',
    html: '<p>something **important**, *this*, _that_, before*after, before_after, foo ****** bar</p>',
    text: 'something **important**, *this*, _that_, before*after, before_after, foo ****** bar',
    letter: [P('something **important**, *this*, _that_, before*after, before_after, foo ****** bar')],
    sms: 'something **important**, *this*, _that_, before*after, before_after, foo ****** bar',
  },
  // test_strikethrough, test_codespan
  {
    name: 'strikethrough and code spans stay literal',
    input: '~~Strike~~ variable called `thing`',
    html: '<p>~~Strike~~ variable called `thing`</p>',
    text: '~~Strike~~ variable called `thing`',
    letter: [P('~~Strike~~ variable called `thing`')],
    sms: '~~Strike~~ variable called ?thing?',
  },
  // test_block_code; the template's typography then curls the quotes
  {
    name: 'a fenced code block is shown as plain text',
    input: '```\nprint("hello")\n```',
    html: 'print(\u201chello\u201d)',
    text: 'print(\u201chello\u201d)',
    letter: [P('print(\u201chello\u201d)')],
    sms: '???\nprint("hello")\n???',
  },
  // mistune's block_code rule: four spaces make code, which Notify shows without a paragraph
  {
    name: 'text indented by four spaces loses its paragraph',
    input: 'Intro\n\n    indented',
    html: '<p>Intro</p>indented',
    text: 'Introindented',
    letter: [P('Intro'), P('indented')],
    sms: 'Intro\n\nindented',
  },
  // test_image, test_table
  {
    name: 'images and tables are removed',
    input: '![alt text](http://example.com/image.png)\n\ncol | col\n----|----\nval | val\n',
    html: '',
    text: '',
    letter: [],
    sms: '![alt text](http://example.com/image.png)\n\ncol | col\n----|----\nval | val',
  },
  // mistune's escape rule: a backslash keeps a markdown character literal
  {
    name: 'a backslash keeps a * at the start of a line from being a bullet',
    input: '\\* not a bullet',
    html: '<p>* not a bullet</p>',
    text: '* not a bullet',
    letter: [P('* not a bullet')],
    sms: '\\* not a bullet',
  },
  // test_link_with_title; letters drop the title and the protocol (NotifyLetterMarkdownPreviewRenderer.link)
  {
    name: 'a link with a title',
    input: '[Example](http://example.com "An example URL")',
    html: '<p><a href="http://example.com" title="An example URL">Example</a></p>',
    text: 'Example (An example URL): http://example.com',
    letter: [P('Example: example.com')],
    sms: '[Example](http://example.com "An example URL")',
  },
  // test_external_link_without_http
  {
    name: 'a link without a protocol gets http://',
    input: 'Visit our [website](www.example.com/xyz).',
    html: `<p>Visit our ${LINK('http://www.example.com/xyz', 'website')}.</p>`,
    text: 'Visit our website: www.example.com/xyz.',
    letter: [P('Visit our website: www.example.com/xyz.')],
    sms: 'Visit our [website](www.example.com/xyz).',
  },
  // test_mailto_link_in_email_markdown_link
  {
    name: 'a mailto link is percent-encoded',
    input: 'Unusual [link](mailto:unsubscribe@example.com)',
    html: `<p>Unusual ${LINK('mailto:unsubscribe%40example.com', 'link')}</p>`,
    text: 'Unusual link: mailto:unsubscribe@example.com',
    letter: [P('Unusual link: mailto:unsubscribe@example.com')],
    sms: 'Unusual [link](mailto:unsubscribe@example.com)',
  },
  // test_makes_links_out_of_URLs_in_context
  {
    name: 'a bare URL in brackets is linked without the bracket',
    input: 'this link is in brackets (http://example.com)',
    html: `<p>this link is in brackets (${LINK('http://example.com', 'http://example.com')})</p>`,
    text: 'this link is in brackets (http://example.com)',
    letter: [P('this link is in brackets (example.com)')],
    sms: 'this link is in brackets (http://example.com)',
  },
  // Notify's url pattern ends on none of .,:"')] so the closing bracket of foo_(bar) stays out
  {
    name: 'a URL never ends in a bracket or full stop',
    input: 'http://example.com/foo_(bar).',
    html: `<p>${LINK('http://example.com/foo_%28bar', 'http://example.com/foo_(bar')}).</p>`,
    text: 'http://example.com/foo_(bar).',
    letter: [P('example.com/foo_(bar).')],
    sms: 'http://example.com/foo_(bar).',
  },
  // test_URLs_get_escaped (expected_html_in_template)
  {
    name: 'quotes in a bare URL are percent-encoded in the href and end the link text',
    input: `https://example.com"onclick="alert('hi')`,
    html: `<p>${LINK('https://example.com%22onclick=%22alert%28%27hi', `https://example.com"onclick="alert('hi`)}\u2018)</p>`,
    text: 'https://example.com\u201donclick=\u201dalert(\u2018hi\u2019)',
    letter: [P('example.com\u201donclick=\u201dalert(\u2018hi\u2019)')],
    sms: `https://example.com"onclick="alert('hi')`,
  },
  // test_doesnt_make_links_out_of_invalid_urls
  {
    name: 'only http and https addresses are linked',
    input: 'example.com www.example.com ftp://example.com test@example.com mailto:test@example.com',
    html: '<p>example.com www.example.com ftp://example.com test@example.com mailto:test@example.com</p>',
    text: 'example.com www.example.com ftp://example.com test@example.com mailto:test@example.com',
    letter: [P('example.com www.example.com ftp://example.com test@example.com mailto:test@example.com')],
    sms: 'example.com www.example.com ftp://example.com test@example.com mailto:test@example.com',
  },
  // Emphasis is switched off, so underscores in addresses and URLs are kept
  {
    name: 'underscores in email addresses and URLs are kept',
    input: 'Email first_last@example.com or see https://www.gov.uk/some_page_name',
    html: `<p>Email first_last@example.com or see ${LINK('https://www.gov.uk/some_page_name', 'https://www.gov.uk/some_page_name')}</p>`,
    text: 'Email first_last@example.com or see https://www.gov.uk/some_page_name',
    letter: [P('Email first_last@example.com or see www.gov.uk/some_page_name')],
    sms: 'Email first_last@example.com or see https://www.gov.uk/some_page_name',
  },
  // test_formatters.py test_escaping_govuk_in_email_templates: a zero-width space after GOV.
  {
    name: 'GOV.UK is kept from being linked by mail programs',
    input: 'Visit GOV.UK today',
    html: '<p>Visit GOV.\u200bUK today</p>',
    text: 'Visit GOV.\u200bUK today',
    letter: [P('Visit GOV.\u200bUK today')],
    sms: 'Visit GOV.UK today',
  },
  // Field(html="escape") before markdown: tags are shown, never run
  {
    name: 'HTML in the text is shown as text',
    input: 'Hello <b>world</b> & <script>x</script>',
    html: '<p>Hello &lt;b&gt;world&lt;/b&gt; &amp; &lt;script&gt;x&lt;/script&gt;</p>',
    text: 'Hello <b>world</b> & <script>x</script>',
    letter: [P('Hello <b>world</b> & <script>x</script>')],
    sms: 'Hello <b>world</b> & <script>x</script>',
  },
];
