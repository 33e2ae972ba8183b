import {testRule} from '../helpers/rule-test.js';

testRule('no-alias-link', {
  'posts/not-ok.md': [
    '6:1-6:46: Unexpected link to `/2013/01/14/old/`, an alias of `posts/2014-02-01-moved.md`, expected its canonical URL `/2014/02/01/moved/`',
    '7:1-7:47: Unexpected link to `/repo/2013/01/14/old/`, an alias of `posts/2014-02-01-moved.md`, expected its canonical URL `/repo/2014/02/01/moved/`',
    '8:1-8:56: Unexpected link to `https://name.github.io/repo/2013/01/14/old/`, an alias of `posts/2014-02-01-moved.md`, expected its canonical URL `https://name.github.io/repo/2014/02/01/moved/`',
    '12:1-12:24: Unexpected link to `/2013/01/14/old/`, an alias of `posts/2014-02-01-moved.md`, expected its canonical URL `/2014/02/01/moved/`'
  ]
});
