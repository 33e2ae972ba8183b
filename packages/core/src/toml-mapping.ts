import type {Point} from 'unist';
import {parseTomlSource} from './schema/from-toml.js';
import {mappingOf, type YamlMapping} from './yaml-mapping.js';

/**
 * Read a TOML block (front matter between `+++` lines) into the same shape
 * as a YAML mapping, keeping the position of every key and value so
 * problems point at what the writer wrote. Tables (`[extra]`) are keys
 * whose value is a mapping.
 */
export function readTomlMapping(text: string, start: Point, ruleId: string): YamlMapping {
  return mappingOf(parseTomlSource(text, start), ruleId);
}
