import {describe, expect, it} from 'vitest';
import {feedXml, site} from './helpers.js';

describe('the feed’s author', () => {
  it('should carry name, uri and email', () => {
    const xml = feedXml(site({author: {name: 'Jeff', uri: 'https://jeff.example/', email: 'jeff@example.com'}}), []);
    expect(xml).toContain('\n  <author>\n    <name>Jeff</name>\n    <uri>https://jeff.example/</uri>\n    <email>jeff@example.com</email>\n  </author>\n');
  });

  it('should carry only the name when that is all there is', () => {
    expect(feedXml(site({author: {name: 'Jeff'}}), [])).toContain('\n  <author>\n    <name>Jeff</name>\n  </author>\n');
  });

  it('should make a site-relative uri absolute', () => {
    expect(feedXml(site({baseUrl: 'https://example.com/blog', author: {name: 'J', uri: 'about/'}}), [])).toContain('<uri>https://example.com/blog/about/</uri>');
    expect(feedXml(site({author: {name: 'J', uri: '/about/'}}), [])).toContain('<uri>https://www.somethingsimilar.com/about/</uri>');
  });
});
