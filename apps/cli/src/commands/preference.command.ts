import { Command, Option } from 'commander';
import { CliAction } from './cli-action';

/** Who the person is: one of --email and --phone. */
export interface PreferenceLookupOptions {
  service: string;
  email?: string;
  phone?: string;
  json?: boolean;
}

export interface PreferenceSetOptions extends PreferenceLookupOptions {
  emailChannel?: SwitchChoice;
  sms?: SwitchChoice;
  letter?: SwitchChoice;
  paperOnly?: 'on' | 'off';
  language?: 'en' | 'cy' | 'none';
  formatNeeds?: string;
  mute?: string;
  scope?: 'global' | 'service';
  by?: string;
}

/** `clear` removes the person's switch: the next layer down (global, then the service default) decides again. */
export type SwitchChoice = 'on' | 'off' | 'clear';
const SWITCH_CHOICES: SwitchChoice[] = ['on', 'off', 'clear'];

const lookup = (command: Command): Command =>
  command
    .requiredOption('--service <id>', 'service id')
    .option('--email <address>', 'the person’s email address')
    .option('--phone <number>', 'the person’s phone number')
    .option('--json', 'print one JSON object');

export function preferenceCommands(program: Command, run: CliAction): void {
  const preference = program.command('preference').description('A person’s channel choices, looked up by email address or phone number');
  lookup(preference.command('set').description('Record a choice the person made on the phone or at a counter (source: assisted)'))
    .addOption(new Option('--email-channel <onOffClear>', 'email on, off, or clear the choice').choices(SWITCH_CHOICES))
    .addOption(new Option('--sms <onOffClear>', 'text messages on, off, or clear the choice').choices(SWITCH_CHOICES))
    .addOption(new Option('--letter <onOffClear>', 'letters on, off, or clear the choice').choices(SWITCH_CHOICES))
    .addOption(new Option('--paper-only <onOff>', 'letters only, for every service (global)').choices(['on', 'off']))
    .addOption(new Option('--language <language>', 'language for every service (global); none clears it').choices(['en', 'cy', 'none']))
    .option('--format-needs <list>', 'comma-separated: large_print, braille, audio, easy_read, bsl; none clears them (global)')
    .option('--mute <list>', 'comma-separated kinds to mute from this service: service, optional; none unmutes (service)')
    .addOption(
      new Option('--scope <scope>', 'global (every service) or service (this one); default global, or service with --mute').choices(['global', 'service']),
    )
    .option('--by <email>', 'the staff member who took the call (a team member with Send messages); default the CLI operator')
    .action((options: PreferenceSetOptions) => run(async (session) => (await import('./preference.actions')).setPreference(session, options)));
  lookup(preference.command('show').description('The person’s global choices, this service’s, and their history')).action((options: PreferenceLookupOptions) =>
    run(async (session) => (await import('./preference.actions')).showPreference(session, options)),
  );
}
