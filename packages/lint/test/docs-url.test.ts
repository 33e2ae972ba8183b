import {describe, expect, it} from 'vitest';
import {docsUrl} from '../src/index.js';

describe('docsUrl', () => {
  it('should link to the rule’s page in the repository’s docs', () => {
    expect(docsUrl('no-missing-anchor')).toBe('https://github.com/something-similar/folio/blob/main/docs/no-missing-anchor.md');
  });
});
