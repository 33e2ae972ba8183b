import {describe, expect, it} from 'vitest';
import {entry, feedXml, site} from './helpers.js';

describe('a feed entry', () => {
  it('should carry id, title, dates, alternate link and HTML content, in that order', () => {
    const xml = feedXml(site(), [entry('a', '2013-01-14', {contentHtml: '<p>a &amp; b</p>'})]);
    expect(xml).toContain(
      [
        '\n  <entry>',
        '    <id>tag:www.somethingsimilar.com,2013-01-14:/2013/01/14/a/</id>',
        '    <title type="text">Post a</title>',
        '    <published>2013-01-14T08:15:00-08:00</published>',
        '    <updated>2013-01-14T08:15:00-08:00</updated>',
        '    <link rel="alternate" type="text/html" href="https://www.somethingsimilar.com/2013/01/14/a/"></link>',
        '    <content type="html">&#x3C;p>a &#x26;amp; b&#x3C;/p></content>',
        '  </entry>\n'
      ].join('\n')
    );
  });

  it('should carry a summary when given one with text', () => {
    expect(feedXml(site(), [entry('a', '2013-01-14', {summary: 'Short'})])).toContain('<summary type="text">Short</summary>');
    expect(feedXml(site(), [entry('a', '2013-01-14', {summary: ' '})])).not.toContain('<summary');
  });
});
