import { OutboundSms, ProviderAcceptance, ProviderError, SmsProvider } from '@herald/domain';
import { HeraldMetrics } from '@herald/metrics';
import { metered } from './metered-provider';

class ScriptedSms implements SmsProvider {
  readonly name = 'twilio-b';
  closed = false;
  constructor(private readonly outcome: ProviderAcceptance | Error) {}

  async send(sms: OutboundSms): Promise<ProviderAcceptance> {
    if (this.outcome instanceof Error) throw this.outcome;
    return { ...this.outcome, reference: `${this.outcome.reference}-${sms.notificationId}` };
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}

const aText: OutboundSms = { notificationId: 'n-1', to: '+447700900123', from: null, body: 'Hello' };
const accepted: ProviderAcceptance = { provider: 'twilio-b', reference: 'SM1', status: 'sending' };

const callsOf = async (metrics: HeraldMetrics, outcome: string): Promise<number> => {
  const { body } = await metrics.exposition();
  const series = `herald_provider_call_duration_seconds_count{channel="sms",provider="twilio-b",outcome="${outcome}"} `;
  const line = body.split('\n').find((l) => l.startsWith(series));
  return line === undefined ? 0 : Number(line.slice(series.length));
};

describe('a metered provider', () => {
  it('answers as the provider does and counts the call as accepted', async () => {
    const metrics = new HeraldMetrics();
    const provider = metered(new ScriptedSms(accepted), 'send', 'sms', metrics);
    await expect(provider.send(aText)).resolves.toEqual({ provider: 'twilio-b', reference: 'SM1-n-1', status: 'sending' });
    expect(await callsOf(metrics, 'accepted')).toBe(1);
  });

  it('throws what the provider throws and counts it by the kind of error', async () => {
    const metrics = new HeraldMetrics();
    await expect(metered(new ScriptedSms(ProviderError.permanent('Invalid number')), 'send', 'sms', metrics).send(aText)).rejects.toThrow('Invalid number');
    await expect(metered(new ScriptedSms(ProviderError.throttled('Slow down', 1000)), 'send', 'sms', metrics).send(aText)).rejects.toThrow('Slow down');
    await expect(metered(new ScriptedSms(new Error('socket hang up')), 'send', 'sms', metrics).send(aText)).rejects.toThrow('socket hang up');
    expect([await callsOf(metrics, 'permanent'), await callsOf(metrics, 'throttled'), await callsOf(metrics, 'error')]).toEqual([1, 1, 1]);
    expect(await callsOf(metrics, 'accepted')).toBe(0);
  });

  it('keeps the provider’s class and its other methods', async () => {
    const original = new ScriptedSms(accepted);
    const provider = metered(original, 'send', 'sms', new HeraldMetrics());
    expect(provider).toBeInstanceOf(ScriptedSms);
    expect(provider.name).toBe('twilio-b');
    await provider.close();
    expect(original.closed).toBe(true);
  });
});
