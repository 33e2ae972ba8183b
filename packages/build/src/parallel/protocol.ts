import type {FileFacts, RecordedPermalinks, SiteConfig} from '@folio/core';
import type {RenderedSource} from '../render-site.js';
import type {SerializedMessage} from './serialized-message.js';

/** What the main thread asks a site worker to do, in this order. */
export type WorkerRequest =
  | {type: 'load'; contentDir: string; paths: string[]; site: SiteConfig; drafts: boolean}
  /** `render`: also render each file right after checking it, so its tree can go. */
  | {type: 'lint'; facts: FileFacts[]; assets: string[]; generated: string[]; recorded?: RecordedPermalinks; render: boolean}
  | {type: 'render'};

export interface LoadedSource {
  path: string;
  facts?: FileFacts;
}

export interface LintedSource {
  path: string;
  messages: SerializedMessage[];
}

export type WorkerResult = LoadedSource[] | LintedSource[] | RenderedSource[];

export type WorkerResponse = {id: number; result: WorkerResult} | {id: number; error: string};
