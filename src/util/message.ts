/**
 * A message not yet put into words: an id into a catalog and the data for its `{placeholders}`.
 * A value in the data may itself be a phrase (a value's description, a path, a hint); it is put
 * into words with the message, at the edge (a reporter, `main`).
 */
export interface Phrase {
  readonly messageId: string;
  readonly data?: MessageData;
}

export type MessageValue = string | number | boolean | null | undefined | Phrase | readonly MessageValue[];
export type MessageData = Readonly<Record<string, MessageValue>>;

export function phrase(messageId: string, data?: MessageData): Phrase {
  return data === undefined ? { messageId } : { messageId, data };
}

export function isPhrase(value: unknown): value is Phrase {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as Phrase).messageId === 'string';
}
