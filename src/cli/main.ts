import { CommanderError } from 'commander';
import type { Io } from './io.js';
import { createProgram, type CommandState } from './program.js';
import { UsageError, EXIT_FATAL } from '../util/errors.js';
import { say } from '../i18n/messages.js';
import { langBeforeParsing } from './context.js';

/**
 * The CLI: parses argv, runs one command, returns the exit code. The one top-level catch, and the
 * edge where a typed error is put into words (in the run's language, settled by the action wrapper).
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const before = langBeforeParsing(argv, io);
  const state: CommandState = { exitCode: 0, verbose: argv.includes('--verbose'), lang: before.lang, preloadedConfig: before.config };
  const program = createProgram(io, state);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return state.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      // Commander already printed its one-line reason.
      return EXIT_FATAL;
    }
    if (error instanceof UsageError) {
      io.stderr(`sop: ${say(state.lang, error.messageId, error.data)}\n`);
      return EXIT_FATAL;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(`sop: ${say(state.lang, 'internalError', { detail })}\n`);
    if (state.verbose && error instanceof Error && error.stack) io.stderr(error.stack + '\n');
    return EXIT_FATAL;
  }
}
