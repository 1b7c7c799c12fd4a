import type { MessageData } from './message.js';

/**
 * An error the user can fix (a bad option, a missing file): printed by `main` as one line in the
 * run's language, exit code 2, no stack trace. It carries a message id and data, not words.
 */
export class UsageError extends Error {
  readonly messageId: string;
  readonly data: MessageData;
  /** `message` is for developers (stack traces, tests); users read the words of `messageId`. */
  constructor(messageId: string, data: MessageData = {}, message = `${messageId} ${JSON.stringify(data)}`) {
    super(message);
    this.name = 'UsageError';
    this.messageId = messageId;
    this.data = data;
  }
}

/** Error in a SOP's render inputs (logo outside the project, not an image) or a template. */
export class RenderError extends Error {
  readonly messageId: string;
  readonly data: MessageData;
  /** `message` is for developers (stack traces, tests); users read the words of `messageId`. */
  constructor(messageId: string, data: MessageData = {}, message = `${messageId} ${JSON.stringify(data)}`) {
    super(message);
    this.name = 'RenderError';
    this.messageId = messageId;
    this.data = data;
  }
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_FATAL = 2;
