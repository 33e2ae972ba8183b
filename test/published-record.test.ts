import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {readFile, rm, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {readPublishedRecord} from '@folio/site';
import {main, type MessageRecord} from '@folio/cli';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {makeSite} from './helpers/make-site.js';

// The deployed site's permalinks.json, served on 127.0.0.1 the way a host would.
interface Answer {
  status: number;
  body?: string;
  /** Never answer: the client's timeout has to end the wait. */
  hang?: boolean;
}

const answers = new Map<string, Answer>();
const requested: string[] = [];
let server: Server;
let origin = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    requested.push(request.url ?? '');
    const answer = answers.get(request.url ?? '') ?? {status: 404};
    if (answer.hang) return;
    response.writeHead(answer.status, {'content-type': 'application/json'});
    response.end(answer.body ?? '');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

const post = (title: string, body = 'Text.') => `---\ntitle: ${title}\ndate: 2020-01-02\n---\n\n## Start {#start}\n\n${body}\n`;

function manifest(urls: Record<string, {anchors: string[]; feedId?: string; source?: string}>, retired?: Record<string, string>): string {
  return JSON.stringify({version: 1, urls, ...(retired ? {retired} : {})}, null, 2);
}

/** A site whose baseUrl is this server, so the default record is `<baseUrl>/permalinks.json`. */
async function siteServedHere(name: string, files: Record<string, string> = {}): Promise<string> {
  return makeSite({
    'site.yaml': `title: Served\nbaseUrl: ${origin}/${name}\ntimeZone: UTC\nauthor:\n  name: A Writer\n`,
    'posts/2020-01-02-kept.md': post('Kept'),
    ...files
  });
}

async function check(dir: string, ...flags: string[]): Promise<{code: number; messages: MessageRecord[]}> {
  const run = await main(['check', '--content', dir, '--format', 'json', '--no-cache', ...flags], {ci: true});
  return {code: run.exitCode, messages: JSON.parse(run.stdout) as MessageRecord[]};
}

describe('the deployed site as the record of what is published', () => {
  it('should report what the deployed record lists and the content no longer produces, and nothing new', async () => {
    answers.set('/lost/permalinks.json', {
      status: 200,
      body: manifest({
        '/2020/01/02/kept/': {anchors: ['start', 'gone'], source: 'posts/2020-01-02-kept.md'},
        '/2019/05/05/deleted/': {anchors: [], source: 'posts/2019-05-05-deleted.md'}
      })
    });
    const dir = await siteServedHere('lost', {'posts/2020-01-03-new.md': post('New')});
    const {code, messages} = await check(dir);
    expect(code).toBe(1);
    expect(messages.map(({file, ruleId, severity}) => ({file, ruleId, severity}))).toEqual([
      {file: 'permalinks.json', ruleId: 'stable-permalinks', severity: 'error'},
      {file: 'posts/2020-01-02-kept.md', ruleId: 'stable-permalinks', severity: 'error'}
    ]);
    expect(messages[0]?.message).toContain('Unexpected removal of published URL `/2019/05/05/deleted/`');
    expect(messages[1]?.message).toContain('Unexpected lost anchor `#gone`');
    // The new post is in neither record, and that is fine.
    expect(JSON.stringify(messages)).not.toContain('/new/');
  });

  it('should let the committed retirements apply to the deployed record', async () => {
    answers.set('/retired/permalinks.json', {status: 200, body: manifest({'/2019/05/05/deleted/': {anchors: []}})});
    const dir = await siteServedHere('retired', {'permalinks.json': manifest({}, {'/2019/05/05/deleted/': 'Withdrawn by the author.'})});
    expect(await check(dir)).toEqual({code: 0, messages: []});
  });

  it('should stay silent on a 404, a site folio never deployed', async () => {
    const dir = await siteServedHere('never');
    expect(await check(dir)).toEqual({code: 0, messages: []});
    expect(requested).toContain('/never/permalinks.json');
  });

  it('should warn on any other failure and let the committed record stand in', async () => {
    answers.set('/broken/permalinks.json', {status: 500, body: 'oops'});
    answers.set('/garbled/permalinks.json', {status: 200, body: '{"version": 1, "urls": '});
    const committed = manifest({'/2020/01/02/kept/': {anchors: ['start', 'was-here']}});
    for (const name of ['broken', 'garbled']) {
      const dir = await siteServedHere(name, {'permalinks.json': committed});
      const {code, messages} = await check(dir);
      expect(code, name).toBe(1);
      expect(messages.map(({file, severity}) => `${file} ${severity}`), name).toEqual(['permalinks.json warning', 'posts/2020-01-02-kept.md error']);
      expect(messages[0]?.message, name).toContain(`\`${origin}/${name}/permalinks.json\``);
      expect(messages[0]?.message, name).toContain('the committed `permalinks.json` stands in');
      expect(messages[1]?.message, name).toContain('Unexpected lost anchor `#was-here`');
    }
    const [broken] = (await check(await siteServedHere('broken'))).messages;
    expect(broken?.message).toContain('HTTP 500');
  });

  it('should give up on a record that does not answer within the timeout, with a warning', async () => {
    answers.set('/hang/permalinks.json', {status: 200, hang: true});
    const read = await readPublishedRecord(`${origin}/hang/permalinks.json`, 100);
    expect(read.manifest).toBeUndefined();
    expect(read.warning).toContain('no answer within 100 ms');
  });

  it('should read the record from `--published FILE`, `published:` in site.yaml, or not at all with `none`', async () => {
    const record = manifest({'/2020/01/02/kept/': {anchors: ['start', 'from-file']}});
    const dir = await siteServedHere('file');
    await writeFile(join(dir, 'deployed.json'), record);
    const flag = await check(dir, '--published', join(dir, 'deployed.json'));
    expect(flag.messages.map((message) => message.message)).toEqual([expect.stringContaining('Unexpected lost anchor `#from-file`')]);

    const yaml = await readFile(join(dir, 'site.yaml'), 'utf8');
    await writeFile(join(dir, 'site.yaml'), `${yaml}published: deployed.json\n`);
    expect((await check(dir)).messages.map((message) => message.ruleId)).toEqual(['stable-permalinks']);

    const before = requested.length;
    await writeFile(join(dir, 'site.yaml'), yaml);
    expect(await check(dir, '--published', 'none')).toEqual({code: 0, messages: []});
    const environment = await main(['check', '--content', dir, '--format', 'json', '--no-cache'], {published: 'none'});
    expect(environment.stdout).toBe('[]\n');
    expect(requested.length).toBe(before);

    await writeFile(join(dir, 'site.yaml'), `${yaml}published: 3\n`);
    const wrong = await main(['check', '--content', dir, '--format', 'json', '--no-cache']);
    expect(wrong.exitCode).toBe(2);
    expect(wrong.stdout).toContain('Unexpected `published` `3`, expected the URL or file of the deployed site’s `permalinks.json`, or `none`');
    await writeFile(join(dir, 'site.yaml'), yaml);
    expect((await main(['dev', '--content', dir, '--published', 'none'])).stderr).toContain('Unexpected `--published` for `dev`');

    const missing = await check(dir, '--published', join(dir, 'nowhere.json'));
    expect(missing.code).toBe(0);
    expect(missing.messages[0]).toMatchObject({file: 'permalinks.json', severity: 'warning', message: expect.stringContaining('ENOENT')});
  });

  it('should publish everything ever published, minus what is retired, with no new post an error in CI', async () => {
    answers.set('/union/permalinks.json', {
      status: 200,
      body: manifest({
        '/2020/01/02/kept/': {anchors: ['start'], feedId: 'tag:example.com,2020:kept', source: 'posts/2020-01-02-kept.md'},
        '/2018/01/01/retired/': {anchors: []},
        '/2018/02/02/old/': {anchors: ['one']}
      })
    });
    const dir = await siteServedHere('union', {
      'posts/2020-01-03-new.md': post('New'),
      'posts/2020-01-04-moved.md': `---\ntitle: Moved\ndate: 2020-01-04\naliases:\n  - /2018/02/02/old/\n---\n\n## One {#one}\n`,
      'permalinks.json': manifest({'/2017/07/07/committed-only/': {anchors: ['x']}}, {'/2018/01/01/retired/': 'Withdrawn.', '/2017/07/07/committed-only/': 'Withdrawn too.'})
    });
    const out = `${dir}-out`;
    const run = await main(['build', '--content', dir, '--out', out, '--no-cache'], {ci: true});
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const deployed = JSON.parse(await readFile(join(out, 'permalinks.json'), 'utf8')) as {urls: Record<string, {anchors: string[]; feedId?: string}>; retired?: unknown};
    expect(Object.keys(deployed.urls)).toEqual(['/', '/2018/02/02/old/', '/2020/01/02/kept/', '/2020/01/02/new/', '/2020/01/04/moved/', '/atom.xml']);
    expect(deployed.urls['/2018/01/01/retired/']).toBeUndefined();
    expect(deployed.urls['/2017/07/07/committed-only/']).toBeUndefined();
    expect(deployed.urls['/2018/02/02/old/']?.anchors).toEqual(['one']);
    expect(deployed.urls['/2020/01/02/kept/']?.feedId).toBe('tag:example.com,2020:kept');
    expect(deployed.urls['/2020/01/02/new/']?.anchors).toEqual(['start']);
    expect(deployed.retired).toBeUndefined();
    // The committed record keeps its retirements.
    const committed = JSON.parse(await readFile(join(dir, 'permalinks.json'), 'utf8')) as {retired?: Record<string, string>};
    expect(committed.retired).toEqual({'/2017/07/07/committed-only/': 'Withdrawn too.', '/2018/01/01/retired/': 'Withdrawn.'});
    await rm(out, {recursive: true, force: true});
  });
});
