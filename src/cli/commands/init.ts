import type { Io } from '../io.js';
import type { CommandState, GlobalOptions } from '../program.js';
import { UsageError } from '../errors.js';

export async function runInit(_arg: string | undefined, _options: GlobalOptions, _io: Io, _state: CommandState): Promise<number> {
  throw new UsageError('init: not available yet');
}
