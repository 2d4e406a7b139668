/**
 * The `hero-cities` command. Each command lives in commands/<name>.ts and
 * exports `register(program)`; to add one, import it below and append it to
 * COMMANDS (the order is the order of `--help`).
 *
 * Exit codes: 0 success, 1 runtime error, 2 usage error. A command reports a
 * usage problem by throwing `usageError(...)` (or commander's
 * InvalidArgumentError from an option parser); anything else thrown is a
 * runtime error. Global options (`--data`) reach a command through
 * `cmd.optsWithGlobals()`.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, Option } from 'commander';
import * as db from './commands/db.js';
import * as exportCommand from './commands/export.js';
import * as extract from './commands/extract.js';
import * as importCommand from './commands/import.js';
import * as ingest from './commands/ingest.js';
import * as search from './commands/search.js';
import * as serve from './commands/serve.js';
import * as token from './commands/token.js';
import * as user from './commands/user.js';
import { describeError, UsageError } from './errors.js';

const COMMANDS: { register(program: Command): void }[] = [
  serve,
  db,
  exportCommand,
  importCommand,
  search,
  ingest,
  extract,
  user,
  token,
];

export function buildProgram(): Command {
  const program = new Command('hero-cities')
    .description('The Hero Cities of the Soviet Union: a cited, cross-checked knowledge base and its atlas.')
    .addOption(
      new Option(
        '--data <dir>',
        'where the embedded database keeps its files (default: .data/pglite; ignored with DATABASE_URL)',
      ).env('HERO_CITIES_DATA'),
    )
    .addOption(
      new Option('--dataset <dir>', 'the curated dataset to seed from (default: the data/ folder of this project)').env(
        'HERO_CITIES_DATASET',
      ),
    )
    .addHelpText(
      'after',
      '\nEnvironment:\n  DATABASE_URL       use this PostgreSQL server instead of the embedded database\n' +
        '  HERO_CITIES_DATA   same as --data\n  HERO_CITIES_DATASET same as --dataset\n  PORT               same as serve --port\n',
    )
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ outputError: (str, write) => write(str) });
  for (const c of COMMANDS) c.register(program);
  // Subcommands inherit the override, so their usage errors also come back as CommanderError.
  for (const c of program.commands) inheritExitOverride(c);
  return program;
}

function inheritExitOverride(cmd: Command): void {
  cmd.exitOverride().showHelpAfterError('(run with --help for usage)');
  for (const c of cmd.commands) inheritExitOverride(c);
}

/** Runs the command line; resolves to the exit code (it never calls process.exit). */
export async function run(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end parsing "with an error" that is a success.
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return 0;
      // Help shown because a command needs a subcommand ("hero-cities db"): a usage error.
      if (err.code === 'commander.help') return err.exitCode === 0 ? 0 : 2;
      if (err.code === 'commander.executeSubCommandAsync') return err.exitCode;
      return 2;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`error: ${err.message}\n(run with --help for usage)\n`);
      return 2;
    }
    process.stderr.write(`error: ${describeError(err)}\n`);
    return 1;
  }
}

function isEntryPoint(): boolean {
  const argv1 = process.argv[1];
  if (!argv1) return false;
  try {
    return realpathSync(argv1) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  process.exitCode = await run(process.argv);
}
