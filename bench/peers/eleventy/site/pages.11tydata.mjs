// Pages publish at /name/, as pages/about.md → /about/.
export default {
  layout: 'post.njk',
  eleventyComputed: {
    permalink: (data) => `/${data.page.fileSlug}/`
  }
};
