import { diffLines, hasChanges } from './line-diff';

const render = (before: string, after: string): string[] =>
  diffLines(before, after).map((line) => `${{ same: ' ', added: '+', removed: '-' }[line.kind]}${line.text}`);

describe('diffLines', () => {
  it('keeps identical texts as unchanged lines', () => {
    expect(render('Dear ((name))\nThanks', 'Dear ((name))\nThanks')).toEqual([' Dear ((name))', ' Thanks']);
    expect(hasChanges(diffLines('a\nb', 'a\nb'))).toBe(false);
  });

  it('shows a changed line as removed then added, in place', () => {
    expect(render('Dear ((name))\nYour passport is ready\nThanks', 'Dear ((name))\nYour passport is late\nThanks')).toEqual([
      ' Dear ((name))',
      '-Your passport is ready',
      '+Your passport is late',
      ' Thanks',
    ]);
  });

  it('shows lines added at the start and end, and lines removed from the middle', () => {
    expect(render('b\nc\nd', 'a\nb\nd\ne')).toEqual(['+a', ' b', '-c', ' d', '+e']);
  });

  it('treats an empty text as no lines at all', () => {
    expect(render('', 'one\ntwo')).toEqual(['+one', '+two']);
    expect(render('one', '')).toEqual(['-one']);
    expect(render('', '')).toEqual([]);
  });

  it('keeps the longest run of common lines when lines move', () => {
    expect(render('a\nb\nc\nd', 'c\nd\na\nb').filter((l) => l.startsWith(' '))).toHaveLength(2);
  });

  it('compares CRLF and LF texts alike', () => {
    expect(hasChanges(diffLines('a\r\nb', 'a\nb'))).toBe(false);
  });

  it('diffs long templates without trouble', () => {
    // (Common first and last lines are matched without the LCS table.)
    const before = Array.from({ length: 1500 }, (_, i) => `line ${i}`).join('\n');
    const after = before.replace('line 700', 'line seven hundred');
    const changed = diffLines(before, after).filter((l) => l.kind !== 'same');
    expect(changed).toEqual([
      { kind: 'removed', text: 'line 700' },
      { kind: 'added', text: 'line seven hundred' },
    ]);
  });

  it('diffs two wholly different texts of a few hundred lines', () => {
    const before = Array.from({ length: 300 }, (_, i) => `old ${i}`).join('\n');
    const after = Array.from({ length: 300 }, (_, i) => (i % 2 ? `old ${i}` : `new ${i}`)).join('\n');
    const diff = diffLines(before, after);
    expect(diff.filter((l) => l.kind === 'same')).toHaveLength(150);
    expect(diff.filter((l) => l.kind === 'added')).toHaveLength(150);
  });
});
