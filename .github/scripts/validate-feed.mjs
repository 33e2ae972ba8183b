#!/usr/bin/env node
// RFC 4287 conformance of a built feed: `node validate-feed.mjs SCHEMA.rng FEED.xml`.
// The schema is RFC 4287's own RELAX NG grammar (converted from its compact
// syntax with trang once, and committed), checked by libxml2 compiled to
// WebAssembly: no system packages, so a content-only job installs nothing.
import {readFile} from 'node:fs/promises';
import {RelaxNGValidator, XmlDocument, XmlLibError} from 'libxml2-wasm';

const [schemaPath, feedPath] = process.argv.slice(2);
if (!schemaPath || !feedPath) {
  console.error('Usage: validate-feed.mjs SCHEMA.rng FEED.xml');
  process.exit(2);
}
const schema = XmlDocument.fromString(await readFile(schemaPath, 'utf8'));
const validator = RelaxNGValidator.fromDoc(schema);
let feed;
try {
  // Not well-formed and not valid are both reported by line and column.
  feed = XmlDocument.fromString(await readFile(feedPath, 'utf8'));
  validator.validate(feed);
  console.log(`${feedPath} is valid against RFC 4287's RELAX NG schema`);
} catch (error) {
  if (!(error instanceof XmlLibError)) throw error;
  for (const detail of error.details) console.error(`${feedPath}:${detail.line}:${detail.col}: ${detail.message.trim()}`);
  process.exitCode = 1;
} finally {
  feed?.dispose();
  validator.dispose();
  schema.dispose();
}
