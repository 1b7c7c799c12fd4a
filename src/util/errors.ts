import type { MessageData } from './message.js';

/**
 * An error that carries a message id and its data, not words: the edge puts it into words in the
 * run's language. `message` is for developers (stack traces, tests).
 */
export class SopError extends Error {
  readonly messageId: string;
  readonly data: MessageData;
  constructor(messageId: string, data: MessageData = {}, message = `${messageId} ${JSON.stringify(data)}`) {
    super(message);
    this.name = new.target.name;
    this.messageId = messageId;
    this.data = data;
  }
}

/** An error the user can fix (a bad option, a missing file): printed by `main` as one line, exit code 2, no stack trace. */
export class UsageError extends SopError {}

/** Error in a SOP's render inputs (logo outside the project, not an image), a template, or the printer. */
export class RenderError extends SopError {}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_FATAL = 2;
