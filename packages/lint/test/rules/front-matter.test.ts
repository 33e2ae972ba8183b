import {testRule} from '../helpers/rule-test.js';

testRule('front-matter', {
  'pages/about.md': ['1:1-3:4: Unexpected URL `/about/` that `pages/About.md` already has, expected one file per URL (rename the file)'],
  'posts/2020-02-02-generated.md': [
    '4:6-4:15: Unexpected URL `/404.html` that the site writes itself, expected a URL of its own (change its `slug`, `url` or the `permalink` pattern)'
  ],
  'posts/2020-03-03-index.md': [
    '4:6-4:17: Unexpected URL `/index.html` that the site writes itself, expected a URL of its own (change its `slug`, `url` or the `permalink` pattern)'
  ],
  'posts/2020-01-01-second.md': [
    '4:7-4:11: Unexpected URL `/2020/01/01/same/` that `posts/2020-01-01-first.md` already has, expected one file per URL (change its `slug` or `date`)'
  ],
  'posts/malformed.md': [
    '3:1-3:2: Unexpected malformed YAML: Flow sequence in block collection must be sufficiently indented and end with a ], expected valid YAML'
  ],
  'posts/no-front-matter.md': ['1:1-1:1: Unexpected missing front matter, expected a `---` (YAML) or `+++` (TOML) block with `title` and `date`'],
  'posts/not-a-mapping.md': ['2:1-3:7: Unexpected front matter that is not a mapping, expected `key: value` lines'],
  'posts/not-ok.md': [
    '2:1-2:6: Unexpected unknown key `titel`, expected a known key; did you mean `title`?',
    '2:1-4:13: Unexpected missing `title`, expected a `title` in front matter or a first `#` heading',
    '3:7-3:17: Unexpected date `2013-02-30` for `date`, expected a real date as `YYYY-MM-DD` or RFC 3339 (`2013-01-14T08:15:00-08:00`)',
    '4:8-4:13: Unexpected string for `draft`, expected `true` or `false`'
  ],
  'posts/unterminated.md': ['1:1-1:1: Unexpected unterminated front matter, expected a closing `---` line after the last key']
});
