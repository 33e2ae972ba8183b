import {h} from 'hastscript';
import {describe, expect, it} from 'vitest';
import {absolutizeUrls} from '../src/index.js';
import {serialize} from './site.js';

describe('srcset lists', () => {
  it('should map every URL and write a normal form', () => {
    const tree = absolutizeUrls(h(null, [h('img', {srcSet: 'a.png 1x,b.png   2x'})]), 'https://example.com', '/x/');
    expect(serialize(tree)).toBe('<img srcset="https://example.com/x/a.png 1x, https://example.com/x/b.png 2x">');
  });
});
