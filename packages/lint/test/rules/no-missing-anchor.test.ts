import {testRule} from '../helpers/rule-test.js';

testRule('no-missing-anchor', {
  'posts/not-ok.md': [
    '8:5-8:20: Unexpected missing anchor `#intro-` in this page, expected an existing anchor; did you mean `#intro`?',
    '8:22-8:36: Unexpected missing anchor `#INTRO` in this page, expected an existing anchor; did you mean `#intro`?',
    '8:41-8:61: Unexpected missing anchor `#zzzzzzzz` in this page, expected an existing anchor',
    '10:5-10:75: Unexpected missing anchor `#capp` in `/2013/01/14/notes-on-distributed-systems-for-young-bloods/`, expected an existing anchor; did you mean `#cap`?',
    '12:5-12:90: Unexpected missing anchor `#failures` in `./2013-01-14-notes-on-distributed-systems-for-young-bloods.md`, expected an existing anchor; did you mean `#failure`?',
    '14:5-14:111: Unexpected missing anchor `#fn:2` in `https://www.somethingsimilar.com/2013/01/14/notes-on-distributed-systems-for-young-bloods`, expected an existing anchor; did you mean `#fn:1`?',
    '16:5-16:31: Unexpected missing anchor `#contact` in `/about/`, expected an existing anchor; did you mean `#contact-me`?',
    '18:1-18:30: Unexpected missing anchor `#mail` in `../pages/about.md`, expected an existing anchor; did you mean `#email`?',
    '22:5-22:52: Unexpected missing anchor `#librarification-initiatives` in this page, expected an existing anchor; did you mean `#librarification-initiatives-%EF%B8%8F`?',
    '24:13-24:20: Unexpected missing anchor `#intro-` in this page, expected an existing anchor; did you mean `#intro`?',
    '24:44-24:110: Unexpected missing anchor `#capp` in `./2013-01-14-notes-on-distributed-systems-for-young-bloods.md`, expected an existing anchor; did you mean `#cap`?'
  ]
});
