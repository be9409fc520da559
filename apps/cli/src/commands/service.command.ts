import { Command } from 'commander';
import { ServiceRepository } from '@herald/persistence';
import { printResult } from '../cli-output';
import { CliAction } from './cli-action';

export function serviceCommands(program: Command, run: CliAction): void {
  const service = program.command('service').description('Create and change services');
  service
    .command('create')
    .description('Create a service (in trial mode unless --live)')
    .requiredOption('--name <name>', 'service name, also the start of its sending address')
    .option('--live', 'allow sending to anyone, not just the team')
    .option('--json', 'print one JSON object')
    .action((options: { name: string; live?: boolean; json?: boolean }) =>
      run(async (app) => {
        const created = await app.get(ServiceRepository).create({ name: options.name, restricted: !options.live });
        printResult(options.json, { id: created.id }, `Created service ${created.name} (${created.id})${created.restricted ? ' in trial mode' : ''}`);
      }),
    );
}
