import { Command } from 'commander';
import { CliAction } from './cli-action';

interface JsonOption {
  json?: boolean;
}

/** `provider list | disable NAME | enable NAME`: operators take an SMS provider out of rotation and back. */
export function providerCommands(program: Command, run: CliAction): void {
  const provider = program.command('provider').description('SMS providers: their health over the failover window, and switching one off or on');

  provider
    .command('list')
    .description('Each SMS provider by priority: switched on or off, and its error rate and latency over the window')
    .option('--json', 'print one JSON object')
    .action((options: JsonOption) => run(async (session) => (await import('./provider.actions')).listProviders(session, options)));

  for (const [verb, enabled] of [
    ['disable', false],
    ['enable', true],
  ] as const) {
    provider
      .command(`${verb} <name>`)
      .description(enabled ? 'Put a switched-off SMS provider back into rotation' : 'Take an SMS provider out of rotation: texts go to the next by priority')
      .option('--json', 'print one JSON object')
      .action((name: string, options: JsonOption) =>
        run(async (session) => (await import('./provider.actions')).switchProvider(session, name, enabled, options)),
      );
  }
}
