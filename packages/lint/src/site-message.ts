import type {Point, Position} from 'unist';
import type {VFile} from 'vfile';
import type {VFileMessage} from 'vfile-message';
import {lintSource} from './create-rule.js';
import {docsUrl} from './docs-url.js';
import {defaultSeverities, isConfigurableRuleId, siteMessageSeverities, type Severity} from './rule-ids.js';

/** A message about the site that no rule reports: from reading files, comparing outputs, the record. */
export interface SiteMessage {
  /** A rule id (`stable-permalinks`) or a site id (`site-config`, `no-duplicate-output`, …). */
  ruleId: string;
  reason: string;
  /** Default: the file's start, so every report format places it alike. */
  place?: Position | Point | undefined;
  /** The related place: the other file of a clash. */
  cause?: VFileMessage;
  /** Never more than a warning, whatever the id's severity (a record that could not be fetched). */
  warning?: boolean;
}

/** The severity an id reports at on a site: the linter's `severity`, or `defaultSeverityOf` before there is one. */
export type SeverityOf = (ruleId: string) => Severity;

/**
 * What an id reports at when `rules:` says nothing: a rule's default, a
 * site id's fixed severity, an error for an id neither knows.
 */
export function defaultSeverityOf(ruleId: string): Severity {
  if (isConfigurableRuleId(ruleId)) return defaultSeverities[ruleId];
  return Object.hasOwn(siteMessageSeverities, ruleId) ? siteMessageSeverities[ruleId as keyof typeof siteMessageSeverities] : 'error';
}

/**
 * Report a message outside the rules the way a rule's is reported: its
 * `ruleId`, `source`, doc `url`, and the severity `severityOf` gives the
 * id (nothing when that is `off`). The one place such messages are made.
 */
export function reportSiteMessage(file: VFile, message: SiteMessage, severityOf: SeverityOf): VFileMessage | undefined {
  const severity = severityOf(message.ruleId);
  if (severity === 'off') return undefined;
  const reported = file.message(message.reason, {
    place: message.place ?? {line: 1, column: 1},
    ruleId: message.ruleId,
    source: lintSource,
    ...(message.cause ? {cause: message.cause} : {})
  });
  reported.url = docsUrl(message.ruleId);
  reported.fatal = severity === 'error' && message.warning !== true;
  return reported;
}
