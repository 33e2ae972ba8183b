import {testRule} from '../helpers/rule-test.js';

testRule('no-missing-target', {
  'posts/not-ok.md': [
    '6:3-6:39: Unexpected missing target `./2013-01-14-note.md`, expected an existing post, page or file; did you mean `./2013-01-14-notes.md`?',
    '6:44-6:77: Unexpected missing target `../pages/abuot.md`, expected an existing post, page or file; did you mean `../pages/about.md`?',
    '7:3-7:36: Unexpected missing target `/2013/01/15/notes/`, expected an existing post, page or file; did you mean `/2013/01/14/notes/`?',
    '7:41-7:118: Unexpected missing target `https://somethingsimilar.com/2014/01/14/nothing-like-this-at-all/`, expected an existing post, page or file',
    '8:3-8:30: Unexpected missing target `../images/dog.png`, expected an existing post, page or file; did you mean `../images/cat.png`?',
    '8:35-8:60: Unexpected missing target `/images/cat.jpg`, expected an existing post, page or file; did you mean `/images/cat.png`?',
    '9:3-9:32: Unexpected missing target `../../elsewhere.md`, expected an existing post, page or file',
    '10:3-10:28: Unexpected link to draft `posts/wip.md`, expected a published post or page',
    '10:33-10:60: Unexpected link to draft `posts/wip.md`, expected a published post or page',
    '12:1-12:18: Unexpected missing target `/nothing/`, expected an existing post, page or file',
    // Raw HTML: at the attribute value, a `srcset` at each candidate, inside a block quote too.
    '14:11-14:28: Unexpected missing target `../images/dog.png`, expected an existing post, page or file; did you mean `../images/cat.png`?',
    '16:17-16:37: Unexpected missing target `./2013-01-14-note.md`, expected an existing post, page or file; did you mean `./2013-01-14-notes.md`?',
    '16:88-16:105: Unexpected missing target `../images/dgo.png`, expected an existing post, page or file; did you mean `../images/cat.png`?',
    '19:13-19:28: Unexpected missing target `/images/cow.png`, expected an existing post, page or file; did you mean `/images/cat.png`?'
  ]
});
