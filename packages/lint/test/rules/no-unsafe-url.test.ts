import {testRule} from '../helpers/rule-test.js';

testRule('no-unsafe-url', {
  'posts/not-ok.md': [
    '6:1-6:29: Unexpected `javascript:` URL, expected a link to a page or file (a `javascript:` URL runs code when followed, and feed readers strip it)',
    '6:34-6:86: Unexpected `data:` URL, expected a link to a page or file (a `data:` URL embeds a whole document that feed readers and some browsers refuse)',
    '8:10-8:28: Unexpected `javascript:` URL, expected a link to a page or file (a `javascript:` URL runs code when followed, and feed readers strip it)',
    '8:54-8:71: Unexpected `javascript:` URL, expected a link to a page or file (a `javascript:` URL runs code when followed, and feed readers strip it)',
    '8:98-8:116: Unexpected `vbscript:` URL, expected a link to a page or file (a `vbscript:` URL runs code when followed, and feed readers strip it)',
    '10:1-10:24: Unexpected `javascript:` URL, expected a link to a page or file (a `javascript:` URL runs code when followed, and feed readers strip it)'
  ]
});
