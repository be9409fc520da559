import { Command, CommanderError } from 'commander';
import { HeraldConfig, loadConfig } from '@herald/config';
import { CliError } from './cli-output';
import { openCliContext } from './cli-context';
import { apiKeyCommands } from './commands/api-key.command';
import { callbackCommands } from './commands/callback.command';
import { guestListCommands } from './commands/guest-list.command';
import { smsSenderCommands } from './commands/sms-sender.command';
import { CliAction } from './commands/cli-action';
import { migrateCommand } from './commands/migrate.command';
import { providerCommands } from './commands/provider.command';
import { replyToCommands } from './commands/reply-to.command';
import { serviceCommands } from './commands/service.command';
import { templateCommands } from './commands/template.command';
import { userCommands } from './commands/user.command';

/** `herald <command>`: sets Herald up without any UI, for operators and CI. */
export function heraldCli(config: () => HeraldConfig = loadConfig): Command {
  const run: CliAction = async (work) => {
    const app = await openCliContext(config());
    try {
      await work(app);
    } finally {
      await app.close();
    }
  };
  // exitOverride: commander throws instead of calling process.exit, so runCli decides the exit code
  // (and a test calling runCli is never killed). Subcommands inherit it when set first.
  const program = new Command('herald').description('Operate Herald from the command line').showHelpAfterError().exitOverride();
  for (const register of [serviceCommands, apiKeyCommands, templateCommands, replyToCommands, userCommands, migrateCommand, smsSenderCommands, guestListCommands, callbackCommands, providerCommands]) register(program, run);
  return program;
}

export async function runCli(argv: string[], config?: () => HeraldConfig): Promise<number> {
  try {
    await heraldCli(config).parseAsync(argv);
    return 0;
  } catch (error) {
    // Commander has already printed its own message (usage errors, --help, --version).
    if (error instanceof CommanderError) return error.exitCode;
    process.stderr.write(`herald: ${error instanceof CliError || error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
