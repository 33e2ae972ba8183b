// Words and phrases the corpus generator draws from: essay-like prose about
// systems, with the curly quotes and apostrophes the real essays use. Plain
// words only (no Markdown syntax), so any sequence of them is plain text.

export const words = `
system systems machine machines network networks latency failure failures partial service services
queue queues message messages request requests response responses client clients server servers
storage disk disks memory cache caches data database databases replica replicas leader leaders
follower followers consensus protocol protocols clock clocks time timeout timeouts retry retries
backpressure capacity throughput load traffic cluster clusters node nodes partition partitions
write writes read reads lock locks mutex transaction transactions log logs metric metrics percentile
percentiles deploy deploys release releases feature flag flags code codebase library libraries
engineer engineers team teams organization organizations operator operators user users customer
problem problems solution solutions design designs trade-off trade-offs cost costs budget
error errors bug bugs crash crashes restart restarts outage outages incident incidents page pages
experience lesson lessons mistake mistakes scar scars advice habit habits practice practices
model models theory theorem proof proofs paper papers article articles essay essays book books
work job jobs day days week weeks year years month months hour hours minute minutes second seconds
simple simpler hard harder difficult easy easier subtle surprising obvious careful slow slower fast
faster small smaller large larger local remote distributed single many few more less most least
often rarely usually always never sometimes eventually quickly slowly carefully honestly clearly
good better best bad worse worst useful useless common rare cheap expensive robust fragile
build builds run runs test tests measure measures profile profiles ship ships fix fixes break breaks
learn learns teach teaches write reads think thinks know knows find finds keep keeps lose loses
make makes take takes give gives send sends receive receives store stores serve serves fail fails
the the the the the a a a an of of of to to to in in and and and is is are was were be been
that that this these those it its they their them we our you your one two three some every each
for for with with on on at by from as but or not no so if when while because although until
`.trim().split(/\s+/);

export const openers = [
  'In practice,', 'Of course,', 'Still,', 'Worse,', 'Alright,', 'Here’s the thing:', 'Later,',
  'At the time,', 'For homework,', 'In the field today,', 'Honestly,', 'Again,', 'Meanwhile,',
  'As it happens,', 'Years later,', 'To be fair,', 'In short,', 'That said,', 'Even so,'
];

export const quoted = [
  '“well, it’ll just retry”', '“it works on my machine”', '“don’t put that in the monorail”',
  '“just add a cache”', '“we’ll fix it later”', '“one more run”', '“horizontal scalability”',
  '“smarter memcached”', '“take shortcuts”', '“disappear”'
];

export const hosts = [
  'https://en.wikipedia.org/wiki/', 'https://example.com/notes/', 'https://research.example.org/papers/',
  'https://golang.org/pkg/', 'https://github.com/example/', 'https://blog.example.net/'
];
