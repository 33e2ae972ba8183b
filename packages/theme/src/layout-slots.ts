import type {LayoutName} from '@folio/core';

/** A slot's value is text (escaped where it goes) or HTML (elements, only between tags). */
export type SlotKind = 'text' | 'html';

/** The slots each layout offers, in the order the docs list them. */
export const layoutSlots: Record<LayoutName, Record<string, SlotKind>> = {
  post: {title: 'text', date: 'html', updated: 'html', meta: 'html', description: 'text', url: 'text', 'site.title': 'text', content: 'html'},
  page: {title: 'text', description: 'text', url: 'text', 'site.title': 'text', content: 'html'}
};

/** The layout files a site may have, by file name. */
export const layoutFiles: Record<string, LayoutName> = {'post.html': 'post', 'page.html': 'page'};
