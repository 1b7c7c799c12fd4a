import { say } from '../../src/i18n/messages.js';
import type { Lang } from '../../src/util/lang.js';
import { UsageError } from '../../src/util/errors.js';
import type { MessageData } from '../../src/util/message.js';

/** Items (problems, diagnostics) with their words, as the edge prints them. */
export function inWords<T extends { messageId: string; data?: MessageData }>(items: readonly T[], lang: Lang): (T & { message: string })[] {
  return items.map((item) => ({ ...item, message: say(lang, item.messageId, item.data) }));
}

/** Runs `fn`; a UsageError is thrown again with its words (what `main` prints after "sop: "). */
export function throwingWords<R>(fn: () => R, lang: Lang): R {
  try {
    return fn();
  } catch (error) {
    if (error instanceof UsageError) throw new Error(say(lang, error.messageId, error.data));
    throw error;
  }
}
