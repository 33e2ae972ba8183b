import {testRule} from '../helpers/rule-test.js';

testRule('section-permalink', {
  'posts/not-ok.md': [
    '9:1-9:13: Unexpected heading without an explicit id, expected one after its text such as `{#lacks-one}`',
    '11:4-11:7: Unexpected empty explicit id `{#}`, expected a name after `#` such as `{#section}`',
    '13:25-13:28: Unexpected empty explicit id `{#}`, expected a name after `#` such as `{#text-but-an-empty-id}`',
    '15:1-15:28: Unexpected heading whose text gives an empty id, expected letters or digits in it, or an explicit id such as `{#section}`',
    '19:1-19:3: Unexpected heading whose text gives an empty id, expected letters or digits in it, or an explicit id such as `{#section}`'
  ]
});
