import type {Message, MessageReader} from 'vscode-languageserver/node.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An `initialize` request as vscode-languageserver can take it: its own
 * features read `params.capabilities` before any handler of ours runs, and
 * a client that sends `null` there (or no params) would get an error.
 */
function lenient(message: Message): Message {
  const fields: unknown = message;
  if (!isRecord(fields) || fields['method'] !== 'initialize') return message;
  const params = isRecord(fields['params']) ? fields['params'] : {};
  const capabilities = isRecord(params['capabilities']) ? params['capabilities'] : {};
  return {...fields, params: {...params, capabilities}} as unknown as Message;
}

/** `reader`, with every `initialize` request made lenient first. */
export function lenientReader(reader: MessageReader): MessageReader {
  const listen = reader.listen.bind(reader);
  reader.listen = (callback) => listen((message) => callback(lenient(message)));
  return reader;
}
