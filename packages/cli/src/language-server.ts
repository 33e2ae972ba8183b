#!/usr/bin/env node
import {createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter} from 'vscode-languageserver/node.js';
import {lenientReader} from './language-server/lenient-reader.js';
import {startLanguageServer} from './language-server/server.js';

// `--node-ipc`, `--socket=N` or `--pipe=NAME` choose another transport; anything else (`--stdio`, or nothing) is standard I/O.
const otherTransport = process.argv.some((arg) => arg === '--node-ipc' || arg.startsWith('--socket') || arg.startsWith('--pipe'));
startLanguageServer(
  otherTransport
    ? createConnection(ProposedFeatures.all)
    : createConnection(ProposedFeatures.all, lenientReader(new StreamMessageReader(process.stdin)), new StreamMessageWriter(process.stdout))
);
