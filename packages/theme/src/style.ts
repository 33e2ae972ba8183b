/** The site's one stylesheet, hand-written; no build step, no JavaScript. */
export const styleSheet = `/* Something Similar: readable prose first. */
:root {
  color-scheme: light dark;
  --serif: Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, serif;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", sans-serif;
  --mono: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
  --pad: clamp(1rem, 5vw, 2.5rem);
  --bg: #fdfcf9;
  --fg: #1f1e1c;
  --muted: #5e5a54;
  --link: #1d4f91;
  --rule: #d8d3ca;
  --code-bg: #f1eee8;
  --mark: #fff2b3;
  --focus: #1d4f91;
}

@media (prefers-color-scheme: dark) {
  :root {
    --bg: #171614;
    --fg: #e8e4dc;
    --muted: #a8a196;
    --link: #8fb8f0;
    --rule: #3b3833;
    --code-bg: #24221f;
    --mark: #44390f;
    --focus: #8fb8f0;
  }
}

*, *::before, *::after { box-sizing: border-box; }

html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }

body {
  margin: 0;
  background: var(--bg);
  color: var(--fg);
  font: 1.125rem/1.65 var(--serif);
  overflow-wrap: break-word;
}

.site-header, main, .site-footer {
  max-width: calc(65ch + 2 * var(--pad));
  margin-inline: auto;
  padding-inline: var(--pad);
}

/* The boxes share the body font, so ch means one width in each;
   the sans serif goes on what is inside. */
.site-header {
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  justify-content: space-between;
  gap: 0.25rem 1.5rem;
  padding-block: 1.5rem;
}
.site-header > * { font-family: var(--sans); }
.site-title { margin: 0; font-size: 1.25rem; font-weight: 700; line-height: 1.3; }
.site-title a { color: inherit; text-decoration: none; }
.site-header ul { display: flex; gap: 1.25rem; margin: 0; padding: 0; list-style: none; }
.site-header a[aria-current="page"] { text-decoration: none; color: var(--fg); }

main { padding-block: 1rem 3rem; }

.site-footer { padding-block: 0 2.5rem; }
.site-footer > p {
  margin: 0;
  padding-top: 1.5rem;
  border-top: 1px solid var(--rule);
  color: var(--muted);
  font: 0.9rem/1.5 var(--sans);
}

a { color: var(--link); text-decoration-thickness: 1px; text-underline-offset: 0.15em; }
a:hover { text-decoration-thickness: 2px; }

:focus-visible {
  outline: 3px solid var(--focus);
  outline-offset: 2px;
  border-radius: 2px;
}

h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 2em 0 0.6em; }
h1 { font-size: 2rem; margin-top: 0.5em; }
h2 { font-size: 1.5rem; }
h3 { font-size: 1.25rem; }
h4, h5, h6 { font-size: 1rem; }

p, ul, ol, dl, blockquote, pre, table, figure { margin-block: 0 1.25em; }

.post-header, .page-header { margin-bottom: 2rem; }
.post-header h1 { margin-bottom: 0.3em; }
.post-meta { margin: 0; color: var(--muted); font: 0.9rem/1.5 var(--sans); }

/* The section permalink stays quiet until its heading is hovered or focused;
   it is never hidden from the keyboard. */
.permalink {
  margin-inline: 0.3em;
  color: var(--muted);
  text-decoration: none;
  opacity: 0;
}
:is(h2, h3, h4, h5, h6):is(:hover, :focus-within) .permalink,
.permalink:focus-visible { opacity: 1; }
@media (hover: none) { .permalink { opacity: 0.5; } }

[id] { scroll-margin-top: 1.5rem; }
:target { background: var(--mark); box-decoration-break: clone; -webkit-box-decoration-break: clone; }
:is(h2, h3, h4, h5, h6, li):target { outline: 0.35em solid var(--mark); }

img, video, svg { max-width: 100%; height: auto; }

blockquote {
  margin-inline: 0;
  padding-inline-start: 1.25em;
  border-inline-start: 3px solid var(--rule);
  font-style: italic;
}
blockquote :is(em, i) { font-style: normal; }

code, kbd, samp { font-family: var(--mono); font-size: 0.875em; }
:not(pre) > code { padding: 0.1em 0.3em; border-radius: 3px; background: var(--code-bg); }
pre {
  overflow-x: auto;
  padding: 1em;
  border-radius: 4px;
  background: var(--code-bg);
  line-height: 1.45;
  tab-size: 2;
}
pre code { font-size: 0.875rem; }

table { display: block; overflow-x: auto; border-collapse: collapse; }
th, td { padding: 0.3em 0.75em; border-bottom: 1px solid var(--rule); text-align: start; }

hr { margin-block: 2.5em; border: 0; border-top: 1px solid var(--rule); }

.footnotes {
  margin-top: 3rem;
  padding-top: 1rem;
  border-top: 1px solid var(--rule);
  font-size: 0.9rem;
}
.footnotes ol { padding-inline-start: 1.5em; }
sup { line-height: 0; }
[data-footnote-backref] { text-decoration: none; }

.post-list { padding: 0; list-style: none; }
.post-list li { margin-bottom: 2rem; }
.post-list h2 { margin: 0 0 0.2em; font-size: 1.35rem; }
.post-list p { margin: 0.3em 0 0; }
.site-description { color: var(--muted); font-style: italic; }

.sr-only {
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip: rect(0, 0, 0, 0);
  white-space: nowrap;
  border: 0;
}
`;
