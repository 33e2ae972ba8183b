import {describe, expect, it} from 'vitest';
import {themeFiles} from '../src/index.js';

const contents = themeFiles().find((file) => file.path === 'style.css')?.contents ?? '';
const styleSheet = typeof contents === 'string' ? contents : new TextDecoder().decode(contents);

describe('styleSheet', () => {
  it('should balance its braces', () => {
    let depth = 0;
    for (const character of styleSheet) {
      if (character === '{') depth++;
      if (character === '}') depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });

  it('should have a dark scheme', () => {
    expect(styleSheet).toContain('@media (prefers-color-scheme: dark)');
    expect(styleSheet).toContain('color-scheme: light dark');
  });

  it('should style focus, targets and anchors scrolled to', () => {
    expect(styleSheet).toContain(':focus-visible');
    expect(styleSheet).toContain(':target');
    expect(styleSheet).toContain('scroll-margin-top');
  });

  it('should keep the permalink reachable by keyboard', () => {
    // `display: none` or `visibility: hidden` would take it out of the tab order.
    const permalinkRules = styleSheet.split('}').filter((rule) => rule.includes('.permalink'));
    expect(permalinkRules.length).toBeGreaterThan(0);
    for (const rule of permalinkRules) expect(rule).not.toMatch(/display:\s*none|visibility:\s*hidden/);
  });

  it('should keep media and code inside the measure', () => {
    expect(styleSheet).toMatch(/img[^{]*\{[^}]*max-width: 100%/);
    expect(styleSheet).toMatch(/pre \{[^}]*overflow-x: auto/);
    expect(styleSheet).toMatch(/max-width: calc\(var\(--measure\)/);
  });

  it('should not be large', () => {
    expect(styleSheet.length).toBeLessThan(8000);
  });
});
