import { NotifyError } from '../errors/notify-error';
import { MAX_JSON_DEPTH, nestsDeeperThan, parseBoundedJson } from './bounded-json';

const arrays = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const objects = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
const messageOf = (text: string): string => {
  try {
    parseBoundedJson(text);
  } catch (error) {
    return (error as NotifyError).errors[0].message;
  }
  return 'parsed';
};

describe('nestsDeeperThan', () => {
  it('allows exactly the limit and refuses one more level, for arrays and objects', () => {
    expect(nestsDeeperThan(arrays(64), 64)).toBe(false);
    expect(nestsDeeperThan(arrays(65), 64)).toBe(true);
    expect(nestsDeeperThan(objects(64), 64)).toBe(false);
    expect(nestsDeeperThan(objects(65), 64)).toBe(true);
  });

  it('counts depth, not the number of brackets', () => {
    expect(nestsDeeperThan(`[${'[],'.repeat(10_000)}[]]`, 2)).toBe(false);
  });

  it('reads brackets inside strings as text, escaped quotes included', () => {
    expect(nestsDeeperThan(`{"a": "${'['.repeat(100)}"}`, 2)).toBe(false);
    expect(nestsDeeperThan(`{"a": "\\"${'{'.repeat(100)}\\\\"}`, 2)).toBe(false);
    expect(nestsDeeperThan(`["\\\\", ${arrays(3)}]`, 3)).toBe(true);
  });

  it('scans a million levels without recursion', () => {
    expect(nestsDeeperThan(arrays(1_000_000), MAX_JSON_DEPTH)).toBe(true);
  });
});

describe('parseBoundedJson', () => {
  it('parses JSON within the limit', () => {
    expect(parseBoundedJson('{"a": [1, {"b": null}]}')).toEqual({ a: [1, { b: null }] });
  });

  it('refuses deeper JSON with a message that says why', () => {
    expect(messageOf(arrays(65))).toBe('Invalid JSON supplied in POST data: nested more than 64 levels deep');
  });

  it('refuses malformed JSON in Notify’s words', () => {
    expect(messageOf('{"a": ')).toBe('Invalid JSON supplied in POST data');
  });
});
