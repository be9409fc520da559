import { Command } from 'commander';
import type { INestApplicationContext } from '@nestjs/common';
import { HERALD_CONFIG, HeraldConfig } from '@herald/config';
import { reportSmsProviders, SmsProviderReport } from '@herald/domain';
import { openSmsProviderHealth, RedisSmsProviderHealth, smsProviderNames } from '@herald/queue';
import { CliError, printResult } from '../cli-output';
import { CliAction } from './cli-action';

interface JsonOption {
  json?: boolean;
}

/** The SMS providers and their shared health in Redis, for one command; closed when it is done. */
async function withProviders<T>(app: INestApplicationContext, work: (control: ProviderControl) => Promise<T>): Promise<T> {
  const config = app.get<HeraldConfig>(HERALD_CONFIG);
  const health = openSmsProviderHealth(config);
  try {
    return await work(new ProviderControl(config, health));
  } finally {
    await health.onApplicationShutdown();
  }
}

class ProviderControl {
  constructor(private readonly config: HeraldConfig, private readonly health: RedisSmsProviderHealth) {}

  /** The switch is a flag in Redis; every worker sees it within a second (its health cache). */
  async switchTo(name: string, enabled: boolean): Promise<void> {
    const known = smsProviderNames(this.config);
    if (!known.includes(name)) throw new CliError(`SMS provider ${name} not found (configured: ${known.join(', ')})`);
    await (enabled ? this.health.switchOn(name) : this.health.switchOff(name));
  }

  async list(): Promise<Array<SmsProviderReport & { priority: number | null }>> {
    const priorities = new Map(this.config.sms.twilio.map((account) => [account.name, account.priority]));
    const names = smsProviderNames(this.config);
    return reportSmsProviders(names, await this.health.states(names), this.config.sms.failover).map((report) => ({ ...report, priority: priorities.get(report.name) ?? null }));
  }
}

function asJson(p: SmsProviderReport & { priority: number | null }): Record<string, unknown> {
  return {
    name: p.name, priority: p.priority, enabled: p.enabled, failed_over: p.failedOver, healthy: p.healthy, reason: p.reason, sends: p.sends,
    error_rate_percent: p.errorRatePercent, average_latency_ms: p.averageLatencyMs, slow_percent: p.slowPercent,
  };
}

function asLine(p: SmsProviderReport & { priority: number | null }, windowSeconds: number): string {
  const state = !p.enabled ? 'switched off' : p.failedOver ? 'failed over, probing' : p.healthy ? 'healthy' : `unhealthy (${p.reason})`;
  return `${p.name}  priority ${p.priority ?? '-'}  ${state}  last ${windowSeconds} s: ${p.sends} sends, ${p.errorRatePercent}% failed, average ${p.averageLatencyMs} ms`;
}

/** `provider list | disable NAME | enable NAME`: operators take an SMS provider out of rotation and back. */
export function providerCommands(program: Command, run: CliAction): void {
  const provider = program.command('provider').description('SMS providers: their health over the failover window, and switching one off or on');

  provider
    .command('list')
    .description('Each SMS provider by priority: switched on or off, and its error rate and latency over the window')
    .option('--json', 'print one JSON object')
    .action((options: JsonOption) =>
      run((app) => withProviders(app, async (control) => {
        const providers = await control.list();
        const windowSeconds = app.get<HeraldConfig>(HERALD_CONFIG).sms.failover.windowSeconds;
        printResult(options.json, { window_seconds: windowSeconds, providers: providers.map(asJson) }, providers.map((p) => asLine(p, windowSeconds)).join('\n'));
      })),
    );

  for (const [verb, enabled] of [['disable', false], ['enable', true]] as const) {
    provider
      .command(`${verb} <name>`)
      .description(enabled ? 'Put a switched-off SMS provider back into rotation' : 'Take an SMS provider out of rotation: texts go to the next by priority')
      .option('--json', 'print one JSON object')
      .action((name: string, options: JsonOption) =>
        run((app) => withProviders(app, async (control) => {
          await control.switchTo(name, enabled);
          printResult(options.json, { name, enabled }, `SMS provider ${name} is switched ${enabled ? 'on' : 'off'}`);
        })),
      );
  }
}
