import {walkTree} from '@folio/core';
import {createRule} from '../create-rule.js';

/** Report an image without alt text: a reader who cannot see it learns nothing. */
export const remarkLintImageAlt = createRule('image-alt', (tree, file) => {
  walkTree(tree, (node) => {
    if ((node.type === 'image' || node.type === 'imageReference') && (node.alt ?? '').trim() === '') {
      file.message('Unexpected image without alt text, expected a short description in `![…]`', {ancestors: [node], place: node.position});
    }
  });
});
