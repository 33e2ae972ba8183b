import {execFile, execFileSync} from 'node:child_process';
import {mkdir, readFile, symlink, writeFile} from 'node:fs/promises';
import {join, resolve} from 'node:path';
import {describe, expect, it} from 'vitest';
import {makeSite} from './helpers/make-site.js';
import {gateNote, requireTool, toolGate} from './helpers/tools.js';

const root = resolve(import.meta.dirname, '..');

function neovimPath(): string | undefined {
  try {
    execFileSync('nvim', ['--version'], {stdio: 'ignore'});
    return 'nvim';
  } catch {
    return undefined;
  }
}

const gate = toolGate('Neovim', neovimPath(), 'apt-get install -y neovim');

/** Neovim's version as [major, minor]. */
function versionOf(nvim: string): [number, number] {
  const match = /NVIM v(\d+)\.(\d+)/.exec(execFileSync(nvim, ['--version'], {encoding: 'utf8'}));
  return [Number(match?.[1] ?? 0), Number(match?.[2] ?? 0)];
}

/** The README's `init.lua` for this Neovim: the Lua block after its bold title. */
async function readmeSnippet(title: string): Promise<string> {
  const readme = await readFile(join(root, 'README.md'), 'utf8');
  const at = readme.indexOf(`**${title}**`);
  expect(at).toBeGreaterThan(0);
  const block = /\n( *)```lua\n([\s\S]*?)\n\1```/.exec(readme.slice(at));
  expect(block).not.toBeNull();
  const indent = block![1]!;
  return block![2]!.split('\n').map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line)).join('\n');
}

const target = '---\ntitle: Target\ndate: 2020-01-02\n---\n\n## A section {#section}\n\nText.\n';
const linking = '---\ntitle: Linking\ndate: 2020-01-03\n---\n\nSee [the section](./2020-01-02-target.md#sectoin).\n';

// What a writer does, as Lua run inside Neovim: wait for diagnostics, take the quick fix, then see another file change.
const driver = String.raw`
local results = {}
local function codes()
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(0)) do table.insert(found, tostring(d.code)) end
  table.sort(found)
  return table.concat(found, ',')
end
local function wait_for(expected)
  vim.wait(30000, function() return codes() == expected end, 50)
  return codes()
end
local ok, problem = pcall(function()
  results.opened = wait_for('no-missing-anchor')
  local d = vim.diagnostic.get(0)[1]
  results.message = d.message
  local lsp = {
    range = {start = {line = d.lnum, character = d.col}, ['end'] = {line = d.end_lnum, character = d.end_col}},
    message = d.message, code = d.code, source = d.source, severity = 1,
    data = d.user_data and d.user_data.lsp and d.user_data.lsp.data,
  }
  local params = {textDocument = vim.lsp.util.make_text_document_params(), range = lsp.range, context = {diagnostics = {lsp}}}
  local responses = vim.lsp.buf_request_sync(0, 'textDocument/codeAction', params, 20000) or {}
  for _, response in pairs(responses) do
    for _, action in ipairs(response.result or {}) do
      if action.edit and results.fix == nil then
        results.fix = action.title
        vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
      end
    end
  end
  results.line = vim.api.nvim_buf_get_lines(0, 5, 6, false)[1]
  results.fixed = wait_for('')
  local file = io.open(vim.env.FOLIO_TARGET, 'w')
  file:write((vim.env.FOLIO_RENAMED:gsub('\\n', '\n')))
  file:close()
  results.changed = wait_for('no-missing-anchor')
end)
results.error = (not ok) and tostring(problem) or nil
local out = io.open(vim.env.FOLIO_RESULTS, 'w')
out:write(vim.fn.json_encode(results))
out:close()
vim.cmd('qa!')
`;

interface Results {
  opened: string;
  message: string;
  fix?: string;
  line: string;
  fixed: string;
  changed: string;
  error?: string;
}

describe(`language server in Neovim${gateNote(gate)}`, () => {
  it.skipIf(gate.skip)('should show diagnostics, apply a quick fix and see another file change on disk, with the README’s init.lua', async () => {
    const nvim = requireTool(gate);
    const [major, minor] = versionOf(nvim);
    const title = major === 0 && minor < 10 ? 'Neovim 0.7 to 0.9' : 'Neovim 0.10 and later';
    // A repository as a writer has it: package.json and the toolchain at the root, the site below.
    const repo = await makeSite({});
    await writeFile(join(repo, 'package.json'), '{"private": true}\n');
    await symlink(join(root, 'packages'), join(repo, 'packages'));
    const content = join(repo, 'content');
    await mkdir(join(content, 'posts'), {recursive: true});
    await writeFile(join(content, 'site.yaml'), await readFile(join(repo, 'site.yaml'), 'utf8'));
    await writeFile(join(content, 'posts/2020-01-02-target.md'), target);
    await writeFile(join(content, 'posts/2020-01-03-linking.md'), linking);
    await writeFile(join(repo, 'init.lua'), await readmeSnippet(title));
    await writeFile(join(repo, 'driver.lua'), driver);
    const state = join(repo, 'state');
    const results = join(repo, 'results.json');
    await new Promise<void>((done) => {
      execFile(
        nvim,
        ['--headless', '-i', 'NONE', '-u', join(repo, 'init.lua'), '-c', `luafile ${join(repo, 'driver.lua')}`, join(content, 'posts/2020-01-03-linking.md')],
        {
          cwd: content,
          env: {
            ...process.env,
            XDG_CONFIG_HOME: join(state, 'config'),
            XDG_DATA_HOME: join(state, 'data'),
            XDG_STATE_HOME: join(state, 'state'),
            XDG_CACHE_HOME: join(state, 'cache'),
            FOLIO_RESULTS: results,
            FOLIO_TARGET: join(content, 'posts/2020-01-02-target.md'),
            FOLIO_RENAMED: target.replace('{#section}', '{#renamed}').replaceAll('\n', '\\n')
          },
          timeout: 120_000
        },
        () => done()
      );
    });
    const found = JSON.parse(await readFile(results, 'utf8')) as Results;
    expect(found.error).toBeUndefined();
    expect(found.opened).toBe('no-missing-anchor');
    expect(found.message).toContain('did you mean `#section`?');
    expect(found.fix).toBe('Replace `[the section](./2020-01-02-target.md#sectoin)` with `[the section](./2020-01-02-target.md#section)`');
    expect(found.line).toBe('See [the section](./2020-01-02-target.md#section).');
    expect(found.fixed).toBe('');
    expect(found.changed).toBe('no-missing-anchor');
  });

  it.skipIf(gate.skip)('should give Lua that Neovim loads for every version the README names', async () => {
    const nvim = requireTool(gate);
    const dir = await makeSite({});
    for (const title of ['Neovim 0.7 to 0.9', 'Neovim 0.10 and later']) {
      const path = join(dir, 'snippet.lua');
      await writeFile(path, await readmeSnippet(title));
      const check = `lua local ok, problem = loadfile('${path}'); if not ok then io.stderr:write(problem) vim.cmd('cquit 1') end`;
      const stderr = await new Promise<string>((done) => {
        execFile(nvim, ['--headless', '-i', 'NONE', '-u', 'NONE', '-c', check, '-c', 'qa!'], {timeout: 60_000}, (error, _stdout, text) => done(error ? `${String(error)} ${text}` : text));
      });
      expect(stderr).toBe('');
    }
  });
});
