import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import type {LayoutName, LayoutTemplate} from '@folio/core';
import {VFile} from 'vfile';
import {layoutFiles} from './layout-slots.js';
import {parseLayout} from './parse-layout.js';

/** Where a site's own stylesheet sits in its content directory (and so in its output). */
export const siteStyleSheetPath = 'theme/style.css';

/** Where a site's own layouts sit in its content directory. */
export const siteLayoutsFolder = 'theme/layouts';

/** What a content directory changes of the theme. */
export interface ThemeOverrides {
  /** The layouts that parsed without a problem, for `SiteConfig.layouts`. */
  layouts: Partial<Record<LayoutName, LayoutTemplate>>;
  /** Content-relative paths of every theme file the site has (stylesheet, layouts), sorted: what a preview watches. */
  paths: string[];
  /** The layout files, with a `theme` message for each problem (errors refuse the build). */
  files: VFile[];
  /** The layouts' text, joined: a cache keyed by it starts afresh when a layout changes. */
  key: string;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function layoutNames(contentDir: string): string[] {
  try {
    return readdirSync(join(contentDir, siteLayoutsFolder), {withFileTypes: true})
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}

/**
 * Read a content directory's theme files: `theme/style.css` (linked after
 * the theme's stylesheet) and `theme/layouts/post.html` and `page.html`
 * (templates with `{{slot}}`s for what goes in `<main>`). Never throws: an
 * unreadable or broken layout is a message on its file, and the theme's own
 * layout stands in.
 */
export function loadThemeOverrides(contentDir: string): ThemeOverrides {
  const layouts: ThemeOverrides['layouts'] = {};
  const files: VFile[] = [];
  const paths: string[] = isFile(join(contentDir, siteStyleSheetPath)) ? [siteStyleSheetPath] : [];
  const texts: string[] = [];
  for (const name of layoutNames(contentDir)) {
    const path = `${siteLayoutsFolder}/${name}`;
    const file = new VFile({path, cwd: contentDir});
    files.push(file);
    paths.push(path);
    const layout = layoutFiles[name];
    if (layout === undefined) {
      const expected = Object.keys(layoutFiles).map((known) => `\`${known}\``).join(' or ');
      file.message(`Unexpected layout \`${name}\`, expected ${expected}: no page uses it`, {place: {line: 1, column: 1}, ruleId: 'theme', source: 'folio'});
      continue;
    }
    let text: string;
    try {
      text = readFileSync(join(contentDir, path), 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      file.message(`Unexpected unreadable layout (\`${code}\`), expected a readable text file`, {place: {line: 1, column: 1}, ruleId: 'theme', source: 'folio'}).fatal = true;
      continue;
    }
    file.value = text;
    texts.push(`${path}\0${text}`);
    const template = parseLayout(layout, file, text);
    if (template) layouts[layout] = template;
  }
  paths.sort();
  return {layouts, paths, files, key: texts.join('\0')};
}
