import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readAtCommit, readBytesAtCommit, readInWorktree } from '../../src/cli/repo-files.ts';
import { inertJson, painter, terminalText } from '../../src/cli/format/terminal.ts';
import { renderReview } from '../../src/cli/format/text.ts';
import type { PipelineResult } from '../../src/pipeline.ts';

const KIB = 1024;
/** Not UTF-8: decoded as text, these would come back changed. */
const BYTES = Buffer.from([0x89, 0x50, 0xff, 0xfe, 0x00, 0xc3, 0x28, 0x80]);

describe('readBytesAtCommit (images on the command line)', () => {
  it('gives a file’s bytes exactly, a link by its target, and a file over the cap by its size', () => {
    const { dir, commit, outside } = repo();
    const got = readBytesAtCommit(dir, commit, 'bytes.bin', KIB);
    expect(got.kind).toBe('file');
    expect(Buffer.from((got as { bytes: Uint8Array }).bytes).equals(BYTES)).toBe(true);
    expect(readBytesAtCommit(dir, commit, 'out.md', KIB)).toEqual({
      kind: 'symlink',
      target: join(outside, 'secret.txt'),
    });
    expect(readBytesAtCommit(dir, commit, 'big.txt', KIB)).toEqual({ kind: 'too-large', size: 2 * KIB });
    expect(readBytesAtCommit(dir, commit, 'docs', KIB)).toEqual({ kind: 'directory' });
    expect(readBytesAtCommit(dir, commit, 'nothing.png', KIB)).toEqual({ kind: 'missing' });
    expect(() => readBytesAtCommit(dir, commit, '../x.png', KIB)).toThrow('not a plain path');
  });
});

/** A repository whose one commit holds a file, a link out, a link in, a linked directory and a tree. */
function repo(): { dir: string; commit: string; outside: string } {
  const dir = mkdtempSync(join(tmpdir(), 'vtrix-files-'));
  const outside = mkdtempSync(join(tmpdir(), 'vtrix-files-out-'));
  writeFileSync(join(outside, 'secret.txt'), 'OUTSIDE-SECRET\n');
  const git = (...a: string[]) =>
    execFileSync('git', a, {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@e',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@e',
      },
    }).trim();
  git('init', '-q', '-b', 'main');
  mkdirSync(join(dir, 'docs', 'deep'), { recursive: true });
  writeFileSync(join(dir, 'docs', 'deep', 'a.md'), 'A\n');
  writeFileSync(join(dir, 'big.txt'), 'x'.repeat(2 * KIB));
  writeFileSync(join(dir, 'bytes.bin'), BYTES);
  symlinkSync(join(outside, 'secret.txt'), join(dir, 'out.md'));
  symlinkSync('docs/deep/a.md', join(dir, 'in.md'));
  symlinkSync(outside, join(dir, 'linked'));
  git('add', '.');
  git('commit', '-qm', 'init');
  return { dir, commit: git('rev-parse', 'HEAD'), outside };
}

describe('reading a file at a commit (git objects)', () => {
  const { dir, commit } = repo();
  const at = (path: string, max = 64 * KIB) => readAtCommit(dir, commit, path, max);

  it('reads a regular file, from the root whatever the working directory', () => {
    expect(at('docs/deep/a.md')).toEqual({ kind: 'file', text: 'A\n' });
    expect(readAtCommit(join(dir, 'docs'), commit, 'docs/deep/a.md', KIB)).toEqual({
      kind: 'file',
      text: 'A\n',
    });
  });

  it('skips symbolic links, in or out, and what is under a linked directory is not there', () => {
    const link = { kind: 'skipped', why: 'it is a symbolic link, not a regular file' };
    expect(at('out.md')).toEqual(link);
    expect(at('in.md')).toEqual(link);
    expect(at('linked')).toEqual(link);
    expect(at('linked/secret.txt')).toEqual({ kind: 'missing' });
  });

  it('tells a directory, a missing file, a file over the limit and a path that leaves the root apart', () => {
    expect(at('docs')).toEqual({ kind: 'skipped', why: 'it is a directory, not a regular file' });
    expect(at('nope.md')).toEqual({ kind: 'missing' });
    expect(at('big.txt', KIB)).toEqual({
      kind: 'skipped',
      why: `it is ${2 * KIB} bytes, over the ${KIB} read at most`,
    });
    for (const p of ['../x', 'docs/../big.txt', '/etc/passwd', './big.txt', 'docs//deep/a.md', ''])
      expect(at(p)).toEqual({ kind: 'skipped', why: 'its path is not a plain path inside the repository' });
  });

  it('never reads a revision as an option', () => {
    // Git's answer to an unknown revision, not to an unknown option: it came after --end-of-options.
    expect(() => readAtCommit(dir, '--output=/tmp/x', 'big.txt', KIB)).toThrow(
      /cannot list big\.txt at --outpu: fatal: Not a valid object name --output=\/tmp\/x/,
    );
  });
});

describe('reading a file of the working tree', () => {
  const { dir } = repo();
  const inTree = (path: string, max = 64 * KIB) => readInWorktree(dir, path, max);

  it('reads a regular file', () => {
    expect(inTree('docs/deep/a.md')).toEqual({ kind: 'file', text: 'A\n' });
  });

  it('follows no symbolic link, to a file or a directory, inside the repository or out', () => {
    expect(inTree('out.md')).toEqual({ kind: 'skipped', why: 'it is a symbolic link, not a regular file' });
    expect(inTree('in.md')).toEqual({ kind: 'skipped', why: 'it is a symbolic link, not a regular file' });
    expect(inTree('linked/secret.txt')).toEqual({
      kind: 'skipped',
      why: 'linked is a symbolic link, which is not followed',
    });
  });

  it('reads no FIFO (which would hang) or directory, nor past the limit or the root', () => {
    execFileSync('mkfifo', [join(dir, 'fifo')]);
    expect(inTree('fifo')).toEqual({ kind: 'skipped', why: 'it is not a regular file' });
    expect(inTree('docs')).toEqual({ kind: 'skipped', why: 'it is not a regular file' });
    expect(inTree('nope/a.md')).toEqual({ kind: 'missing' });
    expect(inTree('big.txt/a')).toEqual({ kind: 'missing' });
    expect(inTree('big.txt', KIB)).toEqual({
      kind: 'skipped',
      why: `it is ${2 * KIB} bytes, over the ${KIB} read at most`,
    });
    expect(inTree('../' + 'x')).toEqual({
      kind: 'skipped',
      why: 'its path is not a plain path inside the repository',
    });
  });
});

describe('text for the terminal', () => {
  it.each([
    ['OSC 52 (clipboard)', 'a\u001b]52;c;cm0gLXJmIH4=\u0007b', 'ab'],
    ['OSC 0 (title), ended by ST', '\u001b]0;pwned\u001b\\x', 'x'],
    ['OSC 8 (hyperlink)', '\u001b]8;;https://evil.example\u001b\\link\u001b]8;;\u001b\\', 'link'],
    ['an OSC left open ends at the line', '\u001b]0;open\nnext', '\nnext'],
    ['CSI (clear screen)', '\u001b[2Jclear', 'clear'],
    ['CSI (hidden text)', '\u001b[8mhidden\u001b[0m', 'hidden'],
    ['8-bit CSI', 'x\u009b2Jy', 'xy'],
    ['8-bit OSC', 'x\u009d0;t\u009cy', 'xy'],
    ['ESC c (reset)', '\u001bcreset', 'reset'],
    ['charset switch', '\u001b(0q', 'q'],
    ['C0 controls, CR and DEL', 'a\u0000b\u0007c\rd\u007fe\u0008f', 'abcdef'],
    ['bidirectional overrides and isolates', 'a\u202eb\u2066c\u2069d\u200fe', 'abcde'],
    ['tab and newline kept', 'a\tb\nc', 'a\tb\nc'],
  ])('%s', (_name, input, output) => {
    expect(terminalText(input)).toBe(output);
  });

  it('escapes in JSON what JSON.stringify leaves raw, keeping the value', () => {
    const value = { s: 'a\u009b2J\u202eb\u007f\u2028c\u001b' };
    const json = inertJson(JSON.stringify(value));
    // eslint-disable-next-line no-control-regex -- checking for them
    expect(json).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
  });

  it('keeps our own colours in the review while the model’s escapes are dropped', () => {
    const finding = {
      path: 'a.js',
      line: 1,
      startLine: null,
      side: 'RIGHT',
      severity: 'major',
      title: 'Bad\u001b]52;c;eA==\u0007 title',
      body: 'Body\u001b[2J.',
      suggestion: null,
    };
    const result = {
      requests: 1,
      verdict: { level: 'major', text: 'Major problems: Bad\u001b]0;t\u0007 title' },
      summaries: ['\u001b[31mSummary'],
      changeTypes: [],
      placement: { inline: [], body: [{ finding, path: 'a.js', reason: 'outside the diff' }] },
      belowThreshold: [],
      plan: { reviewable: [] },
      skipped: [],
      failed: [],
      promptTokens: 1,
      completionTokens: 1,
    } as unknown as PipelineResult;
    const out = renderReview(result, [], painter(true));
    expect(out).toContain('\u001b[1m\u001b[31mVerdict: Major problems: Bad title\u001b[0m\u001b[0m');
    expect(out).toContain('\u001b[1mBad title\u001b[0m');
    expect(out).toContain('\nSummary\n');
    expect(out).toContain('    Body.\n');
    // Every escape left is one of ours: SGR colour codes.
    // eslint-disable-next-line no-control-regex -- checking for them
    expect(out.replace(/\u001b\[\d+m/g, '')).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });
});
