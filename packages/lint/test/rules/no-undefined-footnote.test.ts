import {testRule} from '../helpers/rule-test.js';

testRule('no-undefined-footnote', {
  'posts/not-ok.md': [
    '6:8-6:12: Unexpected footnote reference `[^2]` without a definition, expected a definition `[^2]: …`',
    '6:25-6:32: Unexpected footnote reference `[^namd]` without a definition, expected a definition `[^namd]: …`; did you mean `[^named]`?',
    '7:18-7:28: Unexpected footnote reference `[^missing]` without a definition, expected a definition `[^missing]: …`',
    '9:9-9:18: Unexpected footnote reference `[^quoted]` without a definition, expected a definition `[^quoted]: …`',
    '9:34-9:39: Unexpected footnote reference `[^em]` without a definition, expected a definition `[^em]: …`'
  ]
});
