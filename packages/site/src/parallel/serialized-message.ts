import type {Point, Position} from 'unist';
import type {VFile} from 'vfile';

/** A vfile message as it crosses a thread: plain data. */
export interface SerializedMessage {
  reason: string;
  place?: Point | Position;
  ruleId?: string;
  source?: string;
  fatal?: boolean | null | undefined;
  url?: string;
  expected?: string[];
}

export function serializeMessages(file: VFile): SerializedMessage[] {
  return file.messages.map((message) => ({
    reason: message.reason,
    fatal: message.fatal,
    ...(message.place ? {place: message.place} : {}),
    ...(message.ruleId ? {ruleId: message.ruleId} : {}),
    ...(message.source ? {source: message.source} : {}),
    ...(message.url ? {url: message.url} : {}),
    ...(message.expected ? {expected: message.expected} : {})
  }));
}

/** Put messages from another thread back on the file they belong to. */
export function restoreMessages(file: VFile, messages: SerializedMessage[]): void {
  for (const serialized of messages) {
    const message = file.message(serialized.reason, {
      ...(serialized.place ? {place: serialized.place} : {}),
      ...(serialized.ruleId ? {ruleId: serialized.ruleId} : {}),
      ...(serialized.source ? {source: serialized.source} : {})
    });
    message.fatal = serialized.fatal;
    if (serialized.url) message.url = serialized.url;
    if (serialized.expected) message.expected = serialized.expected;
  }
}
