import type { Io } from './io.js';
import { UsageError } from '../util/errors.js';

/**
 * Whether to ask questions: only at a terminal (stdin and stdout), never in CI or tests
 * (their Io is not a TTY).
 */
export function isInteractive(io: Io): boolean {
  return io.isTTY && Boolean(process.stdin.isTTY);
}

/**
 * One question on the terminal. @inquirer/prompts is imported here, lazily, so `sop lint` and
 * `sop render` never load it; Ctrl+C becomes a one-line usage error.
 */
export async function askText(message: string, defaultValue: string | undefined): Promise<string> {
  const { input } = await import('@inquirer/prompts');
  try {
    return (await input({ message, default: defaultValue, required: true })).trim();
  } catch (error) {
    if (error instanceof Error && error.name === 'ExitPromptError') throw new UsageError('promptCancelled');
    throw error;
  }
}

/** Several of a list at the terminal (space to toggle, enter to accept); Ctrl+C as for askText. */
export async function askChoices<T extends string>(message: string, choices: readonly { value: T; name: string; checked: boolean }[]): Promise<T[]> {
  const { checkbox } = await import('@inquirer/prompts');
  try {
    return await checkbox<T>({ message, choices: choices.map((c) => ({ ...c })) });
  } catch (error) {
    if (error instanceof Error && error.name === 'ExitPromptError') throw new UsageError('promptCancelled');
    throw error;
  }
}
