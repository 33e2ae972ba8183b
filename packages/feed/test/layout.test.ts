import {describe, expect, it} from 'vitest';
import {entry, feedXml, site} from './helpers.js';

describe('the feed’s layout', () => {
  it('should put each child on its own line, indented by depth', () => {
    const xml = feedXml(site({author: {name: 'A'}}), [entry('a', '2013-01-14')]);
    expect(xml).toContain('\n  <author>\n    <name>A</name>\n  </author>\n');
    expect(xml).toContain('\n  <entry>\n    <id>');
    expect(xml).toMatch(/<\/content>\n {2}<\/entry>\n<\/feed>$/);
  });

  it('should leave out a missing child without an empty line', () => {
    const xml = feedXml(site({description: ' '}), []);
    expect(xml).not.toContain('<subtitle');
    expect(xml).not.toMatch(/\n\s*\n/);
  });
});
