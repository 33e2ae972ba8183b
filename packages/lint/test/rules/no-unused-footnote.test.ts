import {testRule} from '../helpers/rule-test.js';

testRule('no-unused-footnote', {
  'posts/not-ok.md': [
    '10:1-10:30: Unexpected unused footnote definition `[^orphan]`, expected a reference `[^orphan]` in the text',
    '12:1-12:29: Unexpected unused footnote definition `[^another-orphan]`, expected a reference `[^another-orphan]` in the text'
  ]
});
