import {fromHtml} from 'hast-util-from-html';
import {toHtml} from 'hast-util-to-html';
import {describe, expect, it} from 'vitest';
import {layoutRedirect} from '../src/index.js';
import {byTag, findAll, findOne, headFacts, linkHref, metaContent, siteHead, testSite, textOf, trickyTitle} from './helpers.js';

const target = 'https://www.somethingsimilar.com/2013/01/14/notes-on-distributed-systems-for-young-bloods/';

function redirect(to = '/2013/01/14/notes-on-distributed-systems-for-young-bloods/', title = 'Notes on Distributed Systems for Young Bloods') {
  return layoutRedirect({site: testSite(), from: '/2013/01/14/notes/', to, title});
}

function refresh(tree: ReturnType<typeof redirect>): unknown {
  return findOne(tree, (e) => e.tagName === 'meta' && e.properties.httpEquiv?.toString() === 'refresh')?.properties.content;
}

describe('layoutRedirect', () => {
  it('should have the required head elements, with the new URL as canonical', () => {
    expect(headFacts(redirect())).toEqual({
      ...siteHead,
      title: 'Notes on Distributed Systems for Young Bloods — Something Similar',
      canonical: target,
      ogTitle: 'Notes on Distributed Systems for Young Bloods',
      ogType: 'website',
      ogUrl: target
    });
  });

  it('should refresh at once to the new URL', () => {
    expect(refresh(redirect())).toBe(`0; url=${target}`);
    expect(toHtml(redirect())).toContain(`<meta http-equiv="refresh" content="0; url=${target}">`);
  });

  it('should show a link to the new URL', () => {
    const main = findOne(redirect(), byTag('main'));
    expect(main && findAll(main, byTag('a')).map((a) => [a.properties.href, textOf(a)])).toEqual([
      [target, 'Notes on Distributed Systems for Young Bloods']
    ]);
  });

  it('should keep an absolute target as it is', () => {
    const tree = redirect('https://example.com/elsewhere/');
    expect(linkHref(tree, 'canonical')).toBe('https://example.com/elsewhere/');
    expect(refresh(tree)).toBe('0; url=https://example.com/elsewhere/');
  });

  it('should ask search engines not to index the old address', () => {
    expect(metaContent(redirect(), 'robots')).toBe('noindex');
  });

  it('should not mention the old address, so nothing in it is relative to it', () => {
    expect(toHtml(redirect())).not.toContain('/2013/01/14/notes/');
  });

  it('should escape the title', () => {
    const html = toHtml(redirect(undefined, trickyTitle));
    expect(findAll(fromHtml(html), byTag('than'))).toEqual([]);
    const tree = fromHtml(html);
    expect(textOf(findOne(findOne(tree, byTag('main')) ?? tree, byTag('a')) ?? tree)).toBe(trickyTitle);
  });

  it('should match the snapshot', async () => {
    await expect(toHtml(redirect())).toMatchFileSnapshot('./__snapshots__/redirect.html');
  });
});
