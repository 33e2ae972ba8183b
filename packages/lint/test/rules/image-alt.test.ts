import {testRule} from '../helpers/rule-test.js';

testRule('image-alt', {
  'posts/not-ok.md': [
    '6:1-6:23: Unexpected image without alt text, expected a short description in `![…]`',
    '6:28-6:77: Unexpected image without alt text, expected a short description in `![…]`',
    '8:14-8:22: Unexpected image without alt text, expected a short description in `![…]`'
  ]
});
