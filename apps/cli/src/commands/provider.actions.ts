import type { HeraldConfig } from '@herald/config';
import { reportSmsProviders, SmsProviderReport } from '@herald/domain';
import { openSmsProviderHealth, RedisSmsProviderHealth, smsProviderNames } from '@herald/redis';
import { CliError } from '../cli-error';
import { printResult } from '../cli-output';
import type { CliSession } from '../cli-session';

type ProviderLine = SmsProviderReport & { priority: number | null };

/** The SMS providers' shared health in Redis, for one command; closed when it is done. */
async function withHealth<T>(config: HeraldConfig, work: (health: RedisSmsProviderHealth) => Promise<T>): Promise<T> {
  const health = openSmsProviderHealth(config);
  try {
    return await work(health);
  } finally {
    await health.onApplicationShutdown();
  }
}

/** The switch is a flag in Redis; every worker sees it within a second. Audited as the admin's switch is. */
export async function switchProvider(session: CliSession, name: string, enabled: boolean, options: { json?: boolean }): Promise<void> {
  const names = smsProviderNames(session.config);
  if (!names.includes(name)) throw new CliError('not_found', `SMS provider ${name} not found (configured: ${names.join(', ')})`);
  const actor = await session.actor();
  await withHealth(session.config, (health) => session.administration.smsProviders.switch(actor, name, enabled, { names, health }));
  printResult(options.json, { name, enabled }, `SMS provider ${name} is switched ${enabled ? 'on' : 'off'}`);
}

export async function listProviders(session: CliSession, options: { json?: boolean }): Promise<void> {
  const config = session.config;
  const priorities = new Map(config.sms.twilio.map((account) => [account.name, account.priority]));
  const names = smsProviderNames(config);
  const providers: ProviderLine[] = await withHealth(config, async (health) =>
    reportSmsProviders(names, await health.states(names), config.sms.failover).map((report) => ({ ...report, priority: priorities.get(report.name) ?? null })),
  );
  const windowSeconds = config.sms.failover.windowSeconds;
  printResult(options.json, { window_seconds: windowSeconds, providers: providers.map(asJson) }, providers.map((p) => asLine(p, windowSeconds)).join('\n'));
}

function asJson(p: ProviderLine): Record<string, unknown> {
  return {
    name: p.name,
    priority: p.priority,
    enabled: p.enabled,
    failed_over: p.failedOver,
    healthy: p.healthy,
    reason: p.reason,
    sends: p.sends,
    error_rate_percent: p.errorRatePercent,
    average_latency_ms: p.averageLatencyMs,
    slow_percent: p.slowPercent,
  };
}

function asLine(p: ProviderLine, windowSeconds: number): string {
  const state = !p.enabled ? 'switched off' : p.failedOver ? 'failed over, probing' : p.healthy ? 'healthy' : `unhealthy (${p.reason})`;
  return `${p.name}  priority ${p.priority ?? '-'}  ${state}  last ${windowSeconds} s: ${p.sends} sends, ${p.errorRatePercent}% failed, average ${p.averageLatencyMs} ms`;
}
