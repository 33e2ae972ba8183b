import {describe, expectTypeOf, it} from 'vitest';
import type {FeedEntry} from '../src/index.js';

describe('FeedEntry', () => {
  it('should have the agreed fields', () => {
    expectTypeOf<keyof FeedEntry>().toEqualTypeOf<'id' | 'title' | 'url' | 'published' | 'updated' | 'contentHtml' | 'summary'>();
    expectTypeOf<FeedEntry['summary']>().toEqualTypeOf<string | undefined>();
  });
});
