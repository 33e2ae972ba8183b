import {describe, expect, it} from 'vitest';
import {toXml} from 'xast-util-to-xml';
import {atomEntry} from '../src/entry.js';
import {entry} from './helpers.js';

describe('atomEntry', () => {
  it('should carry id, title, dates, alternate link and HTML content, in that order', () => {
    const xml = toXml(atomEntry(entry('a', '2013-01-14', {contentHtml: '<p>a &amp; b</p>'}), 0));
    expect(xml).toBe(
      [
        '<entry>',
        '  <id>tag:www.somethingsimilar.com,2013-01-14:/2013/01/14/a/</id>',
        '  <title type="text">Post a</title>',
        '  <published>2013-01-14T08:15:00-08:00</published>',
        '  <updated>2013-01-14T08:15:00-08:00</updated>',
        '  <link rel="alternate" type="text/html" href="https://www.somethingsimilar.com/2013/01/14/a/"></link>',
        '  <content type="html">&#x3C;p>a &#x26;amp; b&#x3C;/p></content>',
        '</entry>'
      ].join('\n')
    );
  });

  it('should carry a summary when given one with text', () => {
    expect(toXml(atomEntry(entry('a', '2013-01-14', {summary: 'Short'}), 0))).toContain('<summary type="text">Short</summary>');
    expect(toXml(atomEntry(entry('a', '2013-01-14', {summary: ' '}), 0))).not.toContain('<summary');
  });
});
