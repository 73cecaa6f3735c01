// Entry point of `npm run feed -- <command>`: picks the command from the one table in
// commands/index.ts, prints help from the same table, and turns the outcome into an exit code.
// Commands never call process.exit and never print stacks; this file decides both (but for
// stop-on-signal.ts, which ends a command at once on Ctrl-C while it has written nothing).

import { CliError } from './cli-error.ts';
import type { CliCommand, CliIo } from './command.ts';
import { COMMANDS, findCommand } from './commands/index.ts';

const USAGE = `Usage: npm run feed -- <command> [options]

Eske curator CLI: check a content folder, build and sign a feed, serve and verify it.

Commands:
`;

function commandList(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n');
}

function generalHelp(): string {
  return `${USAGE}${commandList()}\n\nRun "npm run feed -- <command> --help" for a command's options.`;
}

function isHelpFlag(arg: string | undefined): boolean {
  return arg === '--help' || arg === '-h';
}

async function runCommand(command: CliCommand, args: string[], io: CliIo): Promise<number> {
  if (args.some(isHelpFlag)) {
    io.out(command.help);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(error.message);
      return error.exitCode;
    }
    // A bug, not a user mistake: one line, and the stack only when asked for.
    io.err(`internal error in "${command.name}": ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.ESKE_DEBUG && error instanceof Error && error.stack) io.err(error.stack);
    else io.err('(set ESKE_DEBUG=1 to see where)');
    return 1;
  }
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    io.err(generalHelp());
    return 2;
  }
  if (isHelpFlag(name) || name === 'help') {
    const topic = name === 'help' ? args[0] : undefined;
    const command = topic === undefined ? undefined : findCommand(topic);
    if (topic !== undefined && !command) {
      io.err(`Unknown command "${topic}". Commands:\n${commandList()}`);
      return 2;
    }
    io.out(command ? command.help : generalHelp());
    return 0;
  }
  const command = findCommand(name);
  if (!command) {
    io.err(`Unknown command "${name}". Commands:\n${commandList()}`);
    return 2;
  }
  return runCommand(command, args, io);
}

const io: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  cwd: process.cwd(),
};

// Set the exit code instead of calling process.exit, so buffered output is flushed first.
process.exitCode = await main(process.argv.slice(2), io);
