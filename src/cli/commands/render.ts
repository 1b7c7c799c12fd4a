import type { Io } from '../io.js';
import type { CommandState, GlobalOptions } from '../program.js';
import { UsageError } from '../errors.js';

export interface RenderOptions extends GlobalOptions {
  format: string;
  out?: string;
  paper?: 'a4' | 'f4' | 'letter' | 'legal';
  template?: string;
  chrome?: string;
  concurrency?: number;
  timeout?: number;
  book?: string;
  force?: boolean;
  watch?: boolean;
}

export async function runRender(_files: string[], _options: RenderOptions, _io: Io, _state: CommandState): Promise<number> {
  throw new UsageError('render: not available yet');
}
