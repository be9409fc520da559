import request from 'supertest';
import { aTestConfig, bearerFor, eventually, HeraldUnderTest, LoopbackTwilio, TestApiKey } from '@herald/testing';

const PROBE_INTERVAL_MS = 2000;
/** Retries wait 1, 2, 4… s up to 120 s in all (config below): a text the failing provider refused may wait that long for the backup. */
const RETRY_BUDGET_MS = 120_000;
/** Until every text is sent: the retry budget, and a minute more for a busy machine. */
const SENT_DEADLINE_MS = RETRY_BUDGET_MS + 60_000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * SMS failover end to end: Herald (API + worker) with two Twilio accounts by priority, each played
 * by an HTTP server on loopback. Small windows (config) keep the test short; the defaults fail over
 * well within 30 seconds too (a 30 s window at a 30% error rate trips within 9 s of steady traffic).
 */
describe('failing SMS traffic over to the next provider, and back', () => {
  jest.setTimeout(SENT_DEADLINE_MS + 120_000);
  const primary = new LoopbackTwilio();
  const backup = new LoopbackTwilio();
  let herald: HeraldUnderTest;
  let key: TestApiKey;
  let templateId: string;
  let nextNumber = 900400;

  beforeAll(async () => {
    await Promise.all([primary.start(), backup.start()]);
    herald = await HeraldUnderTest.start(
      await aTestConfig({
        SMS_PROVIDERS: 'twilio:10,twilio-b:5',
        ...primary.configFor('TWILIO_'),
        ...backup.configFor('TWILIO_B_'),
        SMS_FAILOVER_WINDOW_SECONDS: '5',
        SMS_FAILOVER_MIN_SENDS: '3',
        SMS_FAILOVER_ERROR_RATE_PERCENT: '50',
        SMS_FAILOVER_P90_LATENCY_MS: '800',
        SMS_FAILOVER_PROBE_INTERVAL_MS: String(PROBE_INTERVAL_MS),
        SMS_FAILOVER_PROBE_SUCCESSES: '2',
        SMS_PROVIDER_TIMEOUT_SECONDS: '1',
        DELIVERY_RETRY_BASE_SECONDS: '1',
        DELIVERY_RETRY_MAX_TOTAL_SECONDS: String(RETRY_BUDGET_MS / 1000),
      }),
      { worker: true },
    );
    const service = await herald.scenario.aService();
    key = await herald.scenario.anApiKey(service.id);
    templateId = (await herald.scenario.anSmsTemplate(service.id, { content: 'Hi ((name))' })).id;
  });

  afterAll(async () => {
    await herald?.stop();
    await Promise.all([primary.stop(), backup.stop()]);
  });

  /** Sends a text to a number no other text in this file uses; returns its id and E.164 number. */
  async function send(): Promise<{ id: string; to: string }> {
    nextNumber += 1;
    const response = await request(herald.baseUrl)
      .post('/v2/notifications/sms')
      .set('Authorization', bearerFor(key.serviceId, key.secret))
      .send({ phone_number: `07700${nextNumber}`, template_id: templateId, personalisation: { name: 'Jo' } })
      .expect(201);
    return { id: response.body.id as string, to: `+447700${nextNumber}` };
  }

  const attemptsTo = (twilio: LoopbackTwilio, to: string) => twilio.attempts.filter((a) => a.to === to);
  const reached = (twilio: LoopbackTwilio, to: string) => twilio.messages.filter((m) => m.to === to).length;

  /**
   * Sends a text every 100 ms until three in a row are taken, at their first attempt, by `target`
   * alone (one could be a probe); returns the seconds until the first of those three was sent.
   */
  async function secondsUntilTextsGoStraightTo(target: LoopbackTwilio, other: LoopbackTwilio, sent: Array<{ id: string; to: string }>): Promise<number> {
    const started = Date.now();
    const inARow: number[] = [];
    for (;;) {
      const at = Date.now();
      const text = await send();
      sent.push(text);
      const straight = await eventually(
        async () => {
          const [onTarget, onOther] = [attemptsTo(target, text.to), attemptsTo(other, text.to)];
          expect(onTarget.length + onOther.length).toBeGreaterThan(0);
          return onOther.length === 0 && onTarget[0]?.status === 201;
        },
        undefined,
        20,
      );
      if (!straight) inARow.length = 0;
      else if (inARow.push(at) === 3) return (inARow[0] - started) / 1000;
      if (Date.now() - started > 30_000) throw new Error('Traffic did not move within 30 seconds');
      await pause(100);
    }
  }

  /** Every text ends `sending` through `provider`, and reached that server exactly once. */
  async function everyTextSentOnceThrough(texts: Array<{ id: string; to: string }>, provider: string, twilio: LoopbackTwilio): Promise<void> {
    await eventually(
      async () => {
        for (const text of texts) {
          expect(await herald.notificationSeenByTeam(key.serviceId, text.id)).toMatchObject({ status: 'sending', provider });
          expect(reached(twilio, text.to)).toBe(1);
        }
      },
      SENT_DEADLINE_MS,
      200,
    );
  }

  // The first provider fails and recovers: two tests, the second starting where the first left off.
  it('moves new texts to the backup within seconds of the first provider failing with 500s, and loses none', async () => {
    const before = [await send(), await send(), await send()];
    await everyTextSentOnceThrough(before, 'twilio', primary);

    primary.failWith('server-error');
    const duringOutage: Array<{ id: string; to: string }> = [];
    const failoverSeconds = await secondsUntilTextsGoStraightTo(backup, primary, duringOutage);
    expect(failoverSeconds).toBeLessThan(30);

    // Failed over: a burst of new texts goes to the backup; the first provider sees a probe at most.
    const burst = await Promise.all(Array.from({ length: 10 }, () => send()));
    duringOutage.push(...burst);
    await everyTextSentOnceThrough(duringOutage, 'twilio-b', backup);
    expect(burst.filter((text) => attemptsTo(primary, text.to).length > 0).length).toBeLessThanOrEqual(1);
    expect(primary.messages.filter((m) => duringOutage.some((text) => text.to === m.to))).toEqual([]);
    process.stdout.write(
      `SMS failover: moved to the backup in ${failoverSeconds.toFixed(1)} s; ${duringOutage.length} texts during the outage, all sent once through the backup\n`,
    );
  });

  it('moves new texts back to the first provider once it recovers, and loses none', async () => {
    primary.reset();
    const afterRecovery: Array<{ id: string; to: string }> = [];
    const recoverySeconds = await secondsUntilTextsGoStraightTo(primary, backup, afterRecovery);
    expect(recoverySeconds).toBeLessThan(30);
    process.stdout.write(`SMS failover: back on the first provider ${recoverySeconds.toFixed(1)} s after it recovered\n`);
    const later = await Promise.all(Array.from({ length: 5 }, () => send()));
    await everyTextSentOnceThrough(later, 'twilio', primary);
    expect(later.filter((text) => attemptsTo(backup, text.to).length > 0)).toEqual([]);
    await eventually(
      async () => {
        for (const text of afterRecovery) expect((await herald.notificationSeenByTeam(key.serviceId, text.id)).status).toBe('sending');
      },
      SENT_DEADLINE_MS,
      200,
    );
  });

  it('moves new texts to the backup when the first provider stops answering (each send times out)', async () => {
    primary.failWith('hang');
    const duringOutage: Array<{ id: string; to: string }> = [];
    const failoverSeconds = await secondsUntilTextsGoStraightTo(backup, primary, duringOutage);
    expect(failoverSeconds).toBeLessThan(30);
    await everyTextSentOnceThrough(duringOutage, 'twilio-b', backup);
    primary.reset();
  });
});
