import { Command, CommanderError, Option } from 'commander';
import type { HeraldConfig } from '@herald/config';
import { CliError, CliErrorCode } from './cli-error';
import { heraldVersion } from './herald-version';
import { apiKeyCommands } from './commands/api-key.command';
import { callbackCommands } from './commands/callback.command';
import { CliAction } from './commands/cli-action';
import { guestListCommands } from './commands/guest-list.command';
import { inboundSmsCommands } from './commands/inbound-sms.command';
import { letterCommands } from './commands/letters.command';
import { migrateCommand } from './commands/migrate.command';
import { providerCommands } from './commands/provider.command';
import { replyToCommands } from './commands/reply-to.command';
import { serviceCommands } from './commands/service.command';
import { smsSenderCommands } from './commands/sms-sender.command';
import { templateCommands } from './commands/template.command';
import { templateSetCommands } from './commands/template-set.command';
import { userCommands } from './commands/user.command';
import { preferenceCommands } from './commands/preference.command';
import { messageCommands } from './commands/message.command';
import { registerCommands } from './commands/register.command';

/**
 * `herald <command>`: sets Herald up without any UI, for operators and CI. Only commander loads
 * up front: a command's implementation, the config and the database are loaded when it runs, so
 * `--help` and `--version` answer at once.
 */
export function heraldCli(config: (() => HeraldConfig) | undefined, json: boolean): Command {
  const run: CliAction = async (work) => {
    const loaded = config ? config() : (await import('@herald/config')).loadConfig();
    const { runInSession } = await import('./cli-session');
    await runInSession(loaded, work);
  };
  // exitOverride: commander throws instead of calling process.exit, so runCli decides the exit code
  // (and a test calling runCli is never killed). Subcommands inherit it and the output settings.
  const version = heraldVersion();
  const program = new Command('herald')
    .description('Operate Herald from the command line')
    .version(json ? JSON.stringify({ version }) : version, '-V, --version', 'print Herald’s version')
    .exitOverride()
    // A group's --json (for its own errors) must not swallow the --json of the command after it.
    .enablePositionalOptions()
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({
      // With --json, runCli prints the error as JSON on stdout instead.
      writeErr: (text) => (json ? undefined : process.stderr.write(text)),
      outputError: (text, write) => write(`herald: ${text.replace(/^error: /, '')}`),
    });
  for (const register of [
    serviceCommands,
    apiKeyCommands,
    templateCommands,
    templateSetCommands,
    replyToCommands,
    smsSenderCommands,
    guestListCommands,
    userCommands,
    callbackCommands,
    providerCommands,
    letterCommands,
    inboundSmsCommands,
    preferenceCommands,
    messageCommands,
    registerCommands,
    migrateCommand,
  ])
    register(program, run);
  // `herald template --json` is a missing command, not an unknown option.
  for (const group of [program, ...program.commands]) if (group.commands.length) group.option('--json', 'print errors as one JSON object');
  checkRequiredOptionsAfterUnknownOnes(program);
  return program;
}

/**
 * Commander checks required options before unknown ones, so `--nam x` would be reported as a
 * missing --name. Required options are checked here instead, once the unknown ones have been.
 */
function checkRequiredOptionsAfterUnknownOnes(program: Command): void {
  const required = new Map<Command, Option[]>();
  const visit = (command: Command): void => {
    const mandatory = command.options.filter((option) => option.mandatory);
    for (const option of mandatory) option.mandatory = false;
    if (mandatory.length) required.set(command, mandatory);
    command.commands.forEach(visit);
  };
  visit(program);
  program.hook('preAction', (_program, action) => {
    const missing = (required.get(action) ?? []).find((option) => action.getOptionValue(option.attributeName()) === undefined);
    if (missing) action.error(`error: required option '${missing.flags}' not specified`, { code: 'commander.missingMandatoryOptionValue', exitCode: 1 });
  });
}

export async function runCli(argv: string[], config?: () => HeraldConfig): Promise<number> {
  const json = argv.slice(2).includes('--json');
  try {
    await heraldCli(config, json).parseAsync(argv);
    return 0;
  } catch (error) {
    // --help and --version end as CommanderErrors with exit code 0; commander has printed them.
    if (error instanceof CommanderError && error.exitCode === 0) return 0;
    const { code, message } = describe(error);
    if (json) process.stdout.write(`${JSON.stringify({ error: { code, message } })}\n`);
    // Commander has printed its own usage errors on stderr already.
    else if (!(error instanceof CommanderError)) process.stderr.write(`herald: ${message}\n`);
    return 1;
  }
}

function describe(error: unknown): { code: CliErrorCode; message: string } {
  if (error instanceof CliError) return { code: error.code, message: error.message };
  if (error instanceof CommanderError) {
    const message = error.code === 'commander.help' ? 'Give a command: see herald --help' : error.message.replace(/^error: /, '');
    return { code: 'usage', message };
  }
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}
