import {testRule} from '../helpers/rule-test.js';

testRule('no-duplicate-footnote', {
  'posts/not-ok.md': [
    '10:1-10:17: Unexpected duplicate footnote definition `[^1]`, expected one definition per label; the first, which renders, is at 8:1',
    '14:1-14:35: Unexpected duplicate footnote definition `[^NAME]`, expected one definition per label; the first, which renders, is at 12:1',
    '16:1-16:30: Unexpected duplicate footnote definition `[^1]`, expected one definition per label; the first, which renders, is at 8:1'
  ]
});
