import {slug} from '@folio/core';
import type {Heading} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {walkTree} from '@folio/core';
import {createRule} from '../create-rule.js';
import {ruleOptions} from '../site-of.js';

export interface SectionPermalinkOptions {
  /**
   * Every heading must carry an explicit `{#id}`, in every file (default
   * `false`; one post can ask for it with `explicitIds: true` in its front matter).
   */
  requireExplicitIds?: boolean;
}

function textId(heading: Heading): string {
  return slug(toString(heading, {includeHtml: false}));
}

/** Report a heading that gets no usable permalink id, or no explicit one where the post asks for it. */
export const remarkLintSectionPermalink = createRule<SectionPermalinkOptions | undefined>('section-permalink', (tree, file, given) => {
  const options = ruleOptions(file, 'section-permalink', given);
  const explicitRequired = options.requireExplicitIds === true || file.data.folioFacts?.post?.explicitIds === true;
  walkTree(tree, (heading) => {
    if (heading.type !== 'heading') return;
    const id = heading.data?.id;
    const explicit = heading.data?.explicitIdPosition;
    if (id === undefined) return;
    if (id === '' && explicit) {
      const example = textId(heading) || 'section';
      file.message(`Unexpected empty explicit id \`{#}\`, expected a name after \`#\` such as \`{#${example}}\``, {ancestors: [heading], place: explicit});
    } else if (id === '' || (!explicit && heading.data?.textSlug === '' && /^-\d+$/.test(id))) {
      // A second empty slug is `-1` with some engines: a suffix, still no name.
      file.message('Unexpected heading whose text gives an empty id, expected letters or digits in it, or an explicit id such as `{#section}`', {
        ancestors: [heading],
        place: heading.position
      });
    } else if (explicitRequired && !explicit) {
      file.message(`Unexpected heading without an explicit id, expected one after its text such as \`{#${id}}\``, {ancestors: [heading], place: heading.position});
    }
  });
});
