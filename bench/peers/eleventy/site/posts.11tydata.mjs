// Posts publish at /YYYY/MM/DD/slug/, the date and slug from the file name
// unless the front matter sets `slug`.
import {basename} from 'node:path';

export default {
  layout: 'post.njk',
  tags: ['posts'],
  eleventyComputed: {
    permalink: (data) => {
      const [, year, month, day, rest] = /^(\d{4})-(\d{2})-(\d{2})-(.+)\.md$/.exec(basename(data.page.inputPath));
      return `/${year}/${month}/${day}/${data.slug ?? rest}/`;
    }
  }
};
