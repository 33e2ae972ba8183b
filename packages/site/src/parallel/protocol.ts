import type {FileFacts, RecordedPermalinks, SiteConfig} from '@folio/core';
import type {RenderedSource} from '../render-site.js';
import type {SerializedMessage} from './serialized-message.js';

/** What the main thread asks a site worker to do, in this order. */
export type WorkerRequest =
  | {type: 'load'; contentDir: string; paths: string[]; site: SiteConfig; drafts: boolean}
  /** `render`: also render each file right after checking it, so its tree can go. */
  | {type: 'lint'; facts: FileFacts[]; assets: string[]; generated: string[]; recorded?: RecordedPermalinks; render: boolean};

export interface LoadedSource {
  path: string;
  facts?: FileFacts;
  /** Hash of the text the worker parsed. */
  hash?: string;
}

export interface LintedSource {
  path: string;
  messages: SerializedMessage[];
  rendered?: RenderedSource;
  renderMs?: number;
}

export type WorkerResult = LoadedSource[] | LintedSource[];

export type WorkerResponse = {id: number; result: WorkerResult} | {id: number; error: string};
