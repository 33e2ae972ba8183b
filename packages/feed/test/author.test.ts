import {describe, expect, it} from 'vitest';
import {toXml} from 'xast-util-to-xml';
import {atomAuthor} from '../src/author.js';
import {site} from './helpers.js';

describe('atomAuthor', () => {
  it('should carry name, uri and email', () => {
    const author = atomAuthor(site({author: {name: 'Jeff', uri: 'https://jeff.example/', email: 'jeff@example.com'}}), 0);
    expect(toXml(author)).toBe('<author>\n  <name>Jeff</name>\n  <uri>https://jeff.example/</uri>\n  <email>jeff@example.com</email>\n</author>');
  });

  it('should carry only the name when that is all there is', () => {
    expect(toXml(atomAuthor(site({author: {name: 'Jeff'}}), 0))).toBe('<author>\n  <name>Jeff</name>\n</author>');
  });

  it('should make a site-relative uri absolute', () => {
    expect(toXml(atomAuthor(site({baseUrl: 'https://example.com/blog', author: {name: 'J', uri: 'about/'}}), 0))).toContain('<uri>https://example.com/blog/about/</uri>');
    expect(toXml(atomAuthor(site({author: {name: 'J', uri: '/about/'}}), 0))).toContain('<uri>https://www.somethingsimilar.com/about/</uri>');
  });
});
