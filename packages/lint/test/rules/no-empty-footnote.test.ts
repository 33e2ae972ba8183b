import {testRule} from '../helpers/rule-test.js';

testRule('no-empty-footnote', {
  'posts/not-ok.md': [
    '8:1-8:6: Unexpected empty footnote definition `[^1]`, expected the note’s text after `[^1]:`',
    '10:1-10:9: Unexpected empty footnote definition `[^2]`, expected the note’s text after `[^2]:`',
    '12:1-12:6: Unexpected empty footnote definition `[^3]`, expected the note’s text after `[^3]:`'
  ]
});
