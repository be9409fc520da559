import { Command, Option } from 'commander';
import { ServiceChanges, ServiceRepository } from '@herald/persistence';
import { CliError, printResult, requireFound } from '../cli-output';
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

  service
    .command('update')
    .description('Change a service’s settings; only the options given change')
    .requiredOption('--service <id>', 'service id')
    .option('--contact-link <url>', 'where recipients can get help (a URL, email address or phone number)')
    .option('--live', 'allow sending to anyone')
    .option('--trial', 'send only to the team and the guest list')
    .addOption(new Option('--sms-prefix <onOff>', 'start each text with the service name').choices(['on', 'off']))
    .option('--json', 'print one JSON object')
    .action((options: { service: string; contactLink?: string; live?: boolean; trial?: boolean; smsPrefix?: 'on' | 'off'; json?: boolean }) =>
      run(async (app) => {
        if (options.live && options.trial) throw new CliError('Give --live or --trial, not both');
        const services = app.get(ServiceRepository);
        requireFound(await services.findById(options.service), `Service ${options.service}`);
        const changes: ServiceChanges = {
          ...(options.contactLink !== undefined ? { contactLink: options.contactLink } : {}),
          ...(options.live || options.trial ? { restricted: options.trial === true } : {}),
          ...(options.smsPrefix ? { prefixSms: options.smsPrefix === 'on' } : {}),
        };
        if (Object.keys(changes).length === 0) throw new CliError('Nothing to change: give --contact-link, --live, --trial or --sms-prefix');
        await services.update(options.service, changes);
        const updated = (await services.findById(options.service))!;
        printResult(
          options.json,
          { id: updated.id, restricted: updated.restricted, prefix_sms: updated.prefixSms, contact_link: updated.contactLink },
          `Updated service ${updated.name}: ${updated.restricted ? 'trial mode' : 'live'}, SMS prefix ${updated.prefixSms ? 'on' : 'off'}`,
        );
      }),
    );
}
