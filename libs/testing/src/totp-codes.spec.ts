import { randomUUID } from 'node:crypto';
import { nextTotpCode, totpCodeAt } from './totp-codes';

const PERIOD_MS = 30_000;
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const STEP = 59_000_000;
const aUser = () => ({ id: randomUUID(), totpSecret: SECRET });
const codeOf = (step: number) => totpCodeAt(SECRET, step * PERIOD_MS);

describe('an authenticator code for a test user', () => {
  afterEach(() => jest.useRealTimers());

  it("is the previous step's while Herald will accept it for 20 seconds more", async () => {
    jest.useFakeTimers({ now: STEP * PERIOD_MS + 5_000 });
    expect(await nextTotpCode(aUser())).toBe(codeOf(STEP - 1));
  });

  it('skips the previous step once Herald would accept it for less than 20 seconds, as typing it on a busy machine can take longer', async () => {
    jest.useFakeTimers({ now: STEP * PERIOD_MS + 15_000 });
    expect(await nextTotpCode(aUser())).toBe(codeOf(STEP));
  });

  it('is never the same step twice for a user, and waits for the next step when every step Herald accepts is used', async () => {
    jest.useFakeTimers({ now: STEP * PERIOD_MS + 5_000 });
    const user = aUser();
    expect([await nextTotpCode(user), await nextTotpCode(user), await nextTotpCode(user)]).toEqual([codeOf(STEP - 1), codeOf(STEP), codeOf(STEP + 1)]);
    const fourth = nextTotpCode(user);
    await jest.advanceTimersByTimeAsync(PERIOD_MS);
    expect(await fourth).toBe(codeOf(STEP + 2));
  });
});
