/** read_file with commit "base": the old text through a base reader, numbered as the diff's left side. */
import { countTokens } from '../../src/chunk/tokens.ts';
import { parseDiff } from '../../src/diff/parse.ts';
import { baseFiles, type BaseEntry } from '../../src/repo/base.ts';
import { MAX_READ_LINES } from '../../src/tools/definitions.ts';
import { CLOSE_TAG } from '../../src/tools/result.ts';
import { createToolBox, type ToolBoxOptions } from '../../src/tools/toolbox.ts';
import { MemoryRepo } from '../support/memory-repo.ts';

const DIFF = `diff --git a/src/app.ts b/src/app.ts
--- a/src/app.ts
+++ b/src/app.ts
@@ -1,4 +1,4 @@
 import { helper } from './util.ts';
-export const x = 1;
-export const old = helper(x);
+export const x = 2;
 export default x;
+export const y = 3;
diff --git a/docs/notes.md b/docs/notes.md
new file mode 100644
--- /dev/null
+++ b/docs/notes.md
@@ -0,0 +1 @@
+Some notes.
diff --git a/src/gone.ts b/src/gone.ts
deleted file mode 100644
--- a/src/gone.ts
+++ /dev/null
@@ -1,2 +0,0 @@
-export const gone = 1;
-export const also = 2;
diff --git a/lib/old-name.ts b/lib/new-name.ts
similarity index 80%
rename from lib/old-name.ts
rename to lib/new-name.ts
--- a/lib/old-name.ts
+++ b/lib/new-name.ts
@@ -1,2 +1,2 @@
 export const keep = 1;
-export const before = 2;
+export const after = 2;
`;
const files = parseDiff(DIFF);

const HEAD = {
  'src/app.ts':
    "import { helper } from './util.ts';\nexport const x = 2;\nexport default x;\nexport const y = 3;\n",
  'src/util.ts': 'export function helper(n: number) {\n  return n + 1;\n}\n',
  'docs/notes.md': 'Some notes.\n',
  'lib/new-name.ts': 'export const keep = 1;\nexport const after = 2;\n',
};

/** The base commit as a source would answer it; every fetch is recorded. */
const BASE: Record<string, BaseEntry> = {
  'src/app.ts': file(
    "import { helper } from './util.ts';\nexport const x = 1;\nexport const old = helper(x);\nexport default x;\n",
  ),
  'src/util.ts': file('export function helper(n: number) {\n  return n + 1;\n}\n'),
  'src/gone.ts': file('export const gone = 1;\nexport const also = 2;\n'),
  'lib/old-name.ts': file('export const keep = 1;\nexport const before = 2;\n'),
  'src/long.ts': file(Array.from({ length: 1000 }, (_, i) => `old ${i + 1}`).join('\n') + '\n'),
  'img.png': file(Buffer.concat([Buffer.from('\x89PNG'), Buffer.alloc(16)])),
  'model.bin': file('version https://git-lfs.github.com/spec/v1\noid sha256:ab\nsize 9\n'),
  'src/dir': { kind: 'directory' },
  'link-out': { kind: 'symlink', target: '/etc/passwd' },
  'big.txt': { kind: 'too-large', size: 5_000_000 },
};

function file(text: string | Buffer): BaseEntry {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  return { kind: 'file', bytes, size: bytes.length };
}

function setup(o: Partial<ToolBoxOptions> = {}, maxBytes = 1_000_000) {
  const fetched: string[] = [];
  const base = baseFiles(
    'base commit 3b18e51',
    async (path) => {
      fetched.push(path);
      return BASE[path] ?? { kind: 'missing' };
    },
    maxBytes,
  );
  const box = createToolBox({
    repo: new MemoryRepo(HEAD),
    files,
    base,
    maxResultTokens: 20_000,
    count: countTokens,
    ...o,
  });
  const read = async (args: Record<string, unknown>) => {
    const r = await box.call('read_file', JSON.stringify({ commit: 'base', ...args }));
    return { ok: r.ok, text: inner(r.content) };
  };
  return { box, read, fetched };
}

function inner(content: string): string {
  const open = /^<tool_result name="[^"]*" trusted="false">\n/.exec(content);
  expect(open).not.toBeNull();
  expect(content.endsWith(`\n${CLOSE_TAG}`)).toBe(true);
  return content.slice(open![0].length, -CLOSE_TAG.length - 1);
}

describe('read_file at the base commit', () => {
  it('numbers the old text as the diff numbers its left side and marks the deleted lines', async () => {
    const { read, fetched } = setup();
    const r = await read({ path: 'src/app.ts' });
    expect(r.ok).toBe(true);
    expect(r.text).toBe(
      [
        'src/app.ts at the base commit, lines L1-L4 of 4, numbered as the diff numbers deleted lines (changed by this pull request: `-` marks the lines it deleted).',
        "L1  import { helper } from './util.ts';",
        'L2 -export const x = 1;',
        'L3 -export const old = helper(x);',
        'L4  export default x;',
      ].join('\n'),
    );
    expect(fetched).toEqual(['src/app.ts']);
  });

  it('reads the head without commit, or with commit "head", and never asks the base', async () => {
    const { box, fetched } = setup();
    for (const args of [{ path: 'src/app.ts' }, { path: 'src/app.ts', commit: 'head' }]) {
      const r = await box.call('read_file', JSON.stringify(args));
      expect(inner(r.content)).toContain('2 +export const x = 2;');
    }
    expect(fetched).toEqual([]);
  });

  it('refuses a commit that is neither head nor base, saying what to give', async () => {
    const { box } = setup();
    const r = await box.call('read_file', JSON.stringify({ path: 'src/app.ts', commit: 'HEAD~1' }));
    expect(r.ok).toBe(false);
    expect(r.content).toMatch(/commit must be equal to one of the allowed values/);
  });

  it('reads an unchanged file, a line range, and says where to read on', async () => {
    const { read } = setup();
    const util = await read({ path: 'src/util.ts', start_line: 2, end_line: 3 });
    expect(util.text).toBe(
      'src/util.ts at the base commit, lines L2-L3 of 3, numbered as the diff numbers deleted lines.\nL2    return n + 1;\nL3  }',
    );
    const long = await read({ path: 'src/long.ts' });
    const lines = long.text.split('\n');
    expect(lines).toHaveLength(MAX_READ_LINES + 1);
    expect(lines[0]).toMatch(new RegExp(`commit "base" and start_line=${MAX_READ_LINES + 1}`));
    const past = await read({ path: 'src/long.ts', start_line: 1001 });
    expect(past.ok).toBe(false);
    expect(past.text).toMatch(/at the base commit has 1000 lines: start_line 1001 is past the end/);
  });

  it('reads a file the pull request deletes, and points there from a head read', async () => {
    const { box, read } = setup();
    const head = await box.call('read_file', JSON.stringify({ path: 'src/gone.ts' }));
    expect(head.ok).toBe(false);
    expect(inner(head.content)).toBe(
      'No file src/gone.ts at the head commit: this pull request deletes it. Call read_file with commit "base" to read its old text.',
    );
    const r = await read({ path: 'src/gone.ts' });
    expect(r.text.split('\n').slice(1)).toEqual(['L1 -export const gone = 1;', 'L2 -export const also = 2;']);
  });

  it('reads a renamed file at its old path, by either name', async () => {
    const { box, read, fetched } = setup();
    for (const path of ['lib/new-name.ts', 'lib/old-name.ts']) {
      const r = await read({ path });
      expect(r.ok).toBe(true);
      expect(r.text.split('\n').slice(1)).toEqual([
        'L1  export const keep = 1;',
        'L2 -export const before = 2;',
      ]);
    }
    expect(fetched).toEqual(['lib/old-name.ts']);
    const head = await box.call('read_file', JSON.stringify({ path: 'lib/old-name.ts' }));
    expect(inner(head.content)).toMatch(
      /this pull request renames it to lib\/new-name\.ts\. Call read_file with commit "base"/,
    );
  });

  it('answers a file the pull request adds without asking the base', async () => {
    const { read, fetched } = setup();
    const r = await read({ path: 'docs/notes.md' });
    expect(r.ok).toBe(false);
    expect(r.text).toBe(
      'docs/notes.md is added by this pull request: it has no text at the base commit. Call read_file without commit to read it at the head commit.',
    );
    expect(fetched).toEqual([]);
  });

  it('says a path missing at base has no old text', async () => {
    const { read } = setup();
    const r = await read({ path: 'src/nowhere.ts' });
    expect(r.ok).toBe(false);
    expect(r.text).toMatch(
      /^No file src\/nowhere\.ts at the base commit: if this pull request's branch adds it, it has no old text\. Call read_file without commit/,
    );
  });

  it('refuses `..`, absolute paths and NUL before anything is asked', async () => {
    const { read, fetched } = setup();
    for (const path of [
      '../../etc/passwd',
      '/etc/passwd',
      'src/../../x',
      'C:\\Windows\\win.ini',
      'a\u0000b',
    ]) {
      const r = await read({ path });
      expect(r.ok).toBe(false);
      expect(r.text).toMatch(/^Cannot read .*(refused|NUL)/);
    }
    expect(fetched).toEqual([]);
  });

  it('names binary files, LFS pointers, large files, directories and links without their bytes', async () => {
    const { read } = setup({}, 4_000_000);
    expect((await read({ path: 'img.png' })).text).toMatch(/^img\.png is a binary file/);
    expect((await read({ path: 'model.bin' })).text).toMatch(/stored in Git LFS/);
    expect((await read({ path: 'big.txt' })).text).toMatch(
      /^big\.txt is too large to read or search \(big\.txt is 5000000 bytes at the base commit, over the 4000000 bytes/,
    );
    expect((await read({ path: 'src/dir' })).text).toMatch(/^src\/dir is a directory at the base commit/);
    const link = await read({ path: 'link-out' });
    expect(link.ok).toBe(false);
    expect(link.text).toMatch(
      /^link-out is a symbolic link at the base commit .*"\/etc\/passwd".*: it is not followed\.$/,
    );
  });

  it('refuses a file over the cap even when the source gave its bytes', async () => {
    const { read } = setup({}, 10);
    const r = await read({ path: 'src/util.ts' });
    expect(r.ok).toBe(false);
    expect(r.text).toMatch(/too large .* over the 10 bytes/);
  });

  it('asks for each path once a run, and again after a failed fetch', async () => {
    let calls = 0;
    const base = baseFiles(
      'base commit x',
      async () => {
        calls++;
        if (calls === 1) throw new Error('GitHub answered 502');
        return file('ok\n');
      },
      100,
    );
    await expect(base.read('a.txt')).rejects.toThrow(/502/);
    expect((await base.read('./a.txt')).ok).toBe(true);
    expect((await base.read('a.txt')).ok).toBe(true);
    expect(calls).toBe(2);
  });

  it('turns a failed fetch into an error result, not an end of the run', async () => {
    const { box } = setup({
      base: baseFiles('base commit x', () => Promise.reject(new Error('GitHub answered 502')), 100),
    });
    const r = await box.call('read_file', JSON.stringify({ path: 'src/util.ts', commit: 'base' }));
    expect(r.ok).toBe(false);
    expect(r.content).toMatch(/The tool failed \(GitHub answered 502\)/);
  });

  it('says the base is not available without a base reader', async () => {
    const box = createToolBox({
      repo: new MemoryRepo(HEAD),
      files,
      maxResultTokens: 20_000,
      count: countTokens,
    });
    const r = await box.call('read_file', JSON.stringify({ path: 'src/app.ts', commit: 'base' }));
    expect(r.ok).toBe(false);
    expect(inner(r.content)).toMatch(
      /^The base commit cannot be read in this run: read src\/app\.ts at the head commit/,
    );
    // Without a base reader, a deleted file's head read does not point to it.
    const gone = await box.call('read_file', JSON.stringify({ path: 'src/gone.ts' }));
    expect(inner(gone.content)).toMatch(/^No file src\/gone\.ts in the repository at the head commit/);
  });
});
