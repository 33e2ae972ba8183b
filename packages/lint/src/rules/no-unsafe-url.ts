import {createRule} from '../create-rule.js';
import {visitLinkTargets} from '../link-nodes.js';

// Schemes whose URLs run code or smuggle a whole document in, rather than pointing somewhere.
const unsafeSchemes = ['javascript', 'vbscript', 'data'] as const;

/**
 * The scheme a browser would see: it drops tabs and line breaks anywhere
 * in a URL and control characters and spaces around it (`java\tscript:`).
 */
function unsafeSchemeOf(url: string): string | undefined {
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '').toLowerCase();
  return unsafeSchemes.find((scheme) => cleaned.startsWith(`${scheme}:`));
}

/** Report a `javascript:`, `vbscript:` or `data:` URL in a link, an image or raw HTML. */
export const remarkLintNoUnsafeUrl = createRule('no-unsafe-url', (tree, file) => {
  visitLinkTargets(tree, file, (target) => {
    const scheme = unsafeSchemeOf(target.url);
    if (scheme === undefined) return;
    const why = scheme === 'data' ? 'embeds a whole document that feed readers and some browsers refuse' : 'runs code when followed, and feed readers strip it';
    file.message(`Unexpected \`${scheme}:\` URL, expected a link to a page or file (a \`${scheme}:\` URL ${why})`, {
      ancestors: [target.node],
      place: target.place
    });
  });
});
