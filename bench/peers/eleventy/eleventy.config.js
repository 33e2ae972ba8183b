// Eleventy peer: the same corpus as Markdown with markdown-it, footnotes
// (markdown-it-footnote), `{#id}` heading ids (markdown-it-attrs) and a `#`
// permalink link in every heading (markdown-it-anchor); one layout, a home
// page listing every post, a full-content Atom feed and a 404 page, like our
// build writes. The templates in site/ are copied into the input folder.
import markdownItAnchor from 'markdown-it-anchor';
import markdownItAttrs from 'markdown-it-attrs';
import markdownItFootnote from 'markdown-it-footnote';

export default function configure(eleventyConfig) {
  eleventyConfig.amendLibrary('md', (md) => {
    md.set({html: true});
    md.use(markdownItAttrs);
    md.use(markdownItFootnote);
    md.use(markdownItAnchor, {permalink: markdownItAnchor.permalink.linkInsideHeader({symbol: '#', placement: 'after'})});
  });
  eleventyConfig.addPassthroughCopy('images');
  return {
    templateFormats: ['md', 'njk'],
    // Posts are pure Markdown: no Liquid or Nunjucks pass over them.
    markdownTemplateEngine: false,
    htmlTemplateEngine: 'njk',
    dir: {includes: '_includes'}
  };
}
