import {testRule} from '../helpers/rule-test.js';

testRule('no-duplicate-anchor', {
  'posts/not-ok.md': [
    '8:10-8:18: Unexpected duplicate anchor `#intro` on a heading, expected a unique id; a heading has it first',
    '12:1-12:15: Unexpected duplicate anchor `#intro` on raw HTML, expected a unique id; a heading has it first',
    '14:12-14:29: Unexpected duplicate anchor `#intro` on a heading’s older id, expected a unique id; a heading has it first',
    '16:56-16:62: Unexpected duplicate anchor `#fnref:1-2` on a footnote reference, expected a unique id; a footnote reference has it first',
    '18:1-18:11: Unexpected duplicate anchor `#fn:1` on a footnote, expected a unique id; a heading has it first'
  ]
});
