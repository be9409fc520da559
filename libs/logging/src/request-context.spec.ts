import { acceptedRequestId, currentRequestId, withRequestId } from './request-context';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('the request id', () => {
  it("keeps a caller's well-formed X-Request-Id", () => {
    expect(acceptedRequestId('lb-7f3a9c2e41d0')).toBe('lb-7f3a9c2e41d0');
    expect(acceptedRequestId('4bf92f3577b34da6a3ce929d0e0e4736')).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
  });

  it.each([
    ['none', undefined],
    ['two headers', ['abcdefgh1', 'abcdefgh2']],
    ['too short', 'abc'],
    ['spaces and quotes', 'id with "quotes"'],
    ['an email address', 'jo@example.org'],
    ['a phone number', '07700900123'],
    ['too long', 'a'.repeat(129)],
  ])('makes a new one for %s', (_what, header) => {
    expect(acceptedRequestId(header)).toMatch(UUID);
  });

  it('follows the work it was given across awaits and timers, and only that work', async () => {
    const seen: Array<string | undefined> = [];
    const work = withRequestId('req-aaaaaaaa', async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      seen.push(currentRequestId());
    });
    seen.push(currentRequestId());
    await work;

    expect(seen).toEqual([undefined, 'req-aaaaaaaa']);
  });
});
