import { LetterBlock } from './letter-blocks';

/**
 * One line of the table of Notify's markdown: what each renderer makes of `input`, as GOV.UK
 * Notify does (alphagov/notifications-utils: mistune 0.8.4 with the patches in
 * notifications_utils/markdown.py, run through the template's typography). Each case names the
 * notifications-utils test it comes from (tests/test_markdown.py unless another file is named), or
 * the rule of markdown.py or mistune it follows where Notify has no test.
 */
export interface MarkdownCase {
  readonly name: string;
  readonly input: string;
  /** The email HTML without `style` and `role` attributes and without the tables around lists. */
  readonly html: string;
  /** The plain-text part of the email. */
  readonly text: string;
  /**
   * The letter body as laid out, with U+2011 NON-BREAKING HYPHEN written as `-`. The layout has one
   * list level, so a nested list's items join its parent item's text, a line each.
   */
  readonly letter: readonly LetterBlock[];
  /** A text message has no markdown: the text is sent as written, whitespace tidied. */
  readonly sms: string;
}

export const P = (text: string): LetterBlock => ({ kind: 'paragraph', text });
const H = (text: string): LetterBlock => ({ kind: 'heading', text });
const UL = (...items: string[]): LetterBlock => ({ kind: 'list', ordered: false, items });
const OL = (...items: string[]): LetterBlock => ({ kind: 'list', ordered: true, items });
const PAGE_BREAK: LetterBlock = { kind: 'page-break' };

const RULE_TEXT = '=-'.repeat(32) + '=';
const ONE_TWO_THREE = { html: '<li>one</li><li>two</li><li>three</li>', letter: ['one', 'two', 'three'] };

/** Block-level cases: paragraphs, headings, rules, lists, inset text and what Notify switches off. */
export const BLOCK_CASES: readonly MarkdownCase[] = [
  // test_paragraphs
  {
    name: 'a single newline is a line break, a blank line a new paragraph',
    input: 'line one\nline two\n\nnew paragraph',
    html: '<p>line one<br>line two</p><p>new paragraph</p>',
    text: 'line one\nline two\n\nnew paragraph',
    letter: [P('line one\nline two'), P('new paragraph')],
    sms: 'line one\nline two\n\nnew paragraph',
  },
  // test_multiple_newlines_get_truncated
  {
    name: 'many blank lines make one paragraph break',
    input: 'before\n\n\n\n\n\nafter',
    html: '<p>before</p><p>after</p>',
    text: 'before\n\nafter',
    letter: [P('before'), P('after')],
    sms: 'before\n\nafter',
  },
  // mistune's preprocessing: `\r\n` and `\r` become `\n`
  {
    name: 'Windows line endings count as newlines',
    input: 'one\r\ntwo\r\n\r\nthree',
    html: '<p>one<br>two</p><p>three</p>',
    text: 'one\ntwo\n\nthree',
    letter: [P('one\ntwo'), P('three')],
    sms: 'one\ntwo\n\nthree',
  },
  // mistune's preprocessing: a line of spaces is a blank line
  {
    name: 'a line of spaces separates paragraphs',
    input: 'a\n   \nb',
    html: '<p>a</p><p>b</p>',
    text: 'a\n\nb',
    letter: [P('a'), P('b')],
    sms: 'a\n\nb',
  },
  // test_level_1_header (`# heading` and `#heading`)
  {
    name: '# is the body’s main heading, with or without a space',
    input: '#heading',
    html: '<h2>heading</h2>',
    text: `heading\n${'='.repeat(65)}`,
    letter: [H('heading')],
    sms: '#heading',
  },
  // test_level_2_header
  {
    name: '## is a subheading, printed as a paragraph in letters',
    input: '## heading',
    html: '<h3>heading</h3>',
    text: `heading\n${'-'.repeat(65)}`,
    letter: [P('heading')],
    sms: '## heading',
  },
  // test_level_3_header
  {
    name: '### and smaller headings are paragraphs',
    input: '### inset text',
    html: '<p>inset text</p>',
    text: 'inset text',
    letter: [P('inset text')],
    sms: '### inset text',
  },
  // mistune's lheading rule comes before Notify's rules: a line underlined with `---` is a subheading
  {
    name: 'a line followed by --- is a subheading, not a rule',
    input: 'Title\n---',
    html: '<h3>Title</h3>',
    text: `Title\n${'-'.repeat(65)}`,
    letter: [P('Title')],
    sms: 'Title\n---',
  },
  // test_hrule
  {
    name: '--- between blank lines is a rule, and a page break in a letter',
    input: 'a\n\n---\n\nb',
    html: '<p>a</p><hr><p>b</p>',
    text: `a\n\n${RULE_TEXT}\n\nb`,
    letter: [P('a'), PAGE_BREAK, P('b')],
    sms: 'a\n\n---\n\nb',
  },
  // mistune's hrule rule is tried before Notify's list rule, and allows spaces between the stars
  {
    name: '* * * is a rule, not a list',
    input: 'a\n\n* * *\n\nb',
    html: '<p>a</p><hr><p>b</p>',
    text: `a\n\n${RULE_TEXT}\n\nb`,
    letter: [P('a'), PAGE_BREAK, P('b')],
    sms: 'a\n\n* * *\n\nb',
  },
  // test_unordered_list ("no space")
  {
    name: 'bullets need no space after the *',
    input: '*one\n*two\n*three\n',
    html: `<ul>${ONE_TWO_THREE.html}</ul>`,
    text: '• one\n• two\n• three',
    letter: [UL(...ONE_TWO_THREE.letter)],
    sms: '*one\n*two\n*three',
  },
  // test_unordered_list ("dash as bullet", "bullet as bullet"); SanitiseSMS makes • a ?
  {
    name: 'dashes and • are bullets too',
    input: '- one\n• two\n- three',
    html: `<ul>${ONE_TWO_THREE.html}</ul>`,
    text: '• one\n• two\n• three',
    letter: [UL(...ONE_TWO_THREE.letter)],
    sms: '- one\n? two\n- three',
  },
  // test_pluses_dont_render_as_lists
  {
    name: '+ is not a bullet, and each + line is its own paragraph',
    input: '+ one\n+ two\n+ three\n',
    html: '<p>+ one</p><p>+ two</p><p>+ three</p>',
    text: '+ one\n\n+ two\n\n+ three',
    letter: [P('+ one'), P('+ two'), P('+ three')],
    sms: '+ one\n+ two\n+ three',
  },
  // test_ordered_list (`1.one` without a space too); the email numbers from 1 whatever is written
  {
    name: 'numbered lists number from 1',
    input: '3.one\n7. two\n1. three',
    html: `<ol>${ONE_TWO_THREE.html}</ol>`,
    text: '1. one\n2. two\n3. three',
    letter: [OL(...ONE_TWO_THREE.letter)],
    sms: '3.one\n7. two\n1. three',
  },
  // Notify shows `**bold?**` as written (issue 15); mistune 0.8's pattern alone would nest two bullets
  {
    name: '**bold?** at the start of a block stays literal',
    input: '**bold?** and _italic?_',
    html: '<p>**bold?** and _italic?_</p>',
    text: '**bold?** and _italic?_',
    letter: [P('**bold?** and _italic?_')],
    sms: '**bold?** and _italic?_',
  },
  {
    name: 'a single asterisk with no space is still a bullet (notifications-utils test_unordered_list)',
    input: '*one\n*two',
    html: '<ul><li>one</li><li>two</li></ul>',
    text: '• one\n• two',
    letter: [UL('one', 'two')],
    sms: '*one\n*two',
  },
  // mistune built its paragraph rule before Notify's patch: only `* `, `- `, `1. ` end a paragraph
  {
    name: 'emphasis markers inside a paragraph stay literal, even at the start of a line',
    input: 'Please note:\n**bold?** and _italic?_\n*not a list',
    html: '<p>Please note:<br>**bold?** and _italic?_<br>*not a list</p>',
    text: 'Please note:\n**bold?** and _italic?_\n*not a list',
    letter: [P('Please note:\n**bold?** and _italic?_\n*not a list')],
    sms: 'Please note:\n**bold?** and _italic?_\n*not a list',
  },
  // mistune's paragraph rule stops where a stock list (`* ` with a space) starts
  {
    name: 'a bullet with a space ends the paragraph above it',
    input: 'You need:\n* a passport',
    html: '<p>You need:</p><ul><li>a passport</li></ul>',
    text: 'You need:\n\n• a passport',
    letter: [P('You need:'), UL('a passport')],
    sms: 'You need:\n* a passport',
  },
  // mistune's list_item rule: an indented bullet belongs to the item above it
  {
    name: 'an indented list nests inside an item',
    input: '1. one\n    1. inner\n2. two',
    html: '<ol><li>one<ol><li>inner</li></ol></li><li>two</li></ol>',
    text: '1. one\n\n1. inner\n2. two',
    letter: [OL('one\ninner', 'two')],
    sms: '1. one\n1. inner\n2. two',
  },
  // mistune's loose items: a blank line between items puts each in a paragraph
  {
    name: 'items separated by blank lines are paragraphs',
    input: '* one\n\n* two\n\nAfter',
    html: '<ul><li><p>one</p></li><li><p>two</p></li></ul><p>After</p>',
    text: '• one\n• two\n\nAfter',
    letter: [UL('one', 'two'), P('After')],
    sms: '* one\n\n* two\n\nAfter',
  },
  // mistune's list_item rule: a line that is not a bullet carries on the item
  {
    name: 'a line after a bullet carries on that item',
    input: '* one\ncontinued',
    html: '<ul><li>one<br>continued</li></ul>',
    text: '• one\ncontinued',
    letter: [UL('one\ncontinued')],
    sms: '* one\ncontinued',
  },
];
