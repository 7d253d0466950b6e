import { SEVERITIES } from '../../src/types.ts';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDiff } from '../../src/diff/parse.ts';
import type { DiffLine, FileDiff, FileStatus, Hunk, LineKind } from '../../src/diff/types.ts';
import { type Finding } from '../../src/findings/types.ts';
import { placeFindings } from '../../src/place/place.ts';

/**
 * Properties over generated diffs. A generator builds valid git diffs, as git writes them (quoted
 * names, mode and rename headers, counts left out when 1, `\ No newline` markers), together with what
 * parsing them must give; then the parser must give exactly that, placement must only use commentable
 * lines and lose nothing, and no input at all, random or a mangled real diff, makes the parser throw.
 */

// ---- generator -------------------------------------------------------------------------------------

/** Characters that make paths hard: spaces, quotes, backslashes, control characters, non-ASCII. */
const PATH_CHARS = [
  'a',
  'b',
  'z',
  'Q',
  '0',
  '9',
  '-',
  '_',
  '.',
  ' ',
  '"',
  '\\',
  '\t',
  '\n',
  '\r',
  '\x01',
  '\x7f',
  'ä',
  'é',
  '日',
  '😀',
  '#',
  '@',
  ',',
];
const segment = fc
  .array(fc.constantFrom(...PATH_CHARS), { minLength: 1, maxLength: 6 })
  .map((cs) => cs.join(''))
  // `.` and `..` are not file names; a segment like ` b` after `x` makes ` b/` inside a name, on purpose.
  .filter((s) => s !== '.' && s !== '..');
const path = fc.array(segment, { minLength: 1, maxLength: 3 }).map((ss) => ss.join('/'));

/** Line content: anything but a line break, including text that looks like diff syntax. */
const content = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }).map((s) => s.replace(/[\r\n]/g, '')),
  fc.constantFrom(
    '',
    ' ',
    '-- x',
    '++ y',
    '--- a/x',
    '+++ b/x',
    'diff --git a/q b/q',
    '@@ -1 +1 @@',
    '\\ No newline at end of file',
    'Binary files a and b differ',
    'GIT binary patch',
    '\u2028',
    '\t',
  ),
);
const section = fc.oneof(
  fc.constant(''),
  fc.constantFrom('fn()', 'class A {', 'a\u2028b', 'x\u0085y', '@@ x @@'),
  fc.string({ unit: 'grapheme', maxLength: 10 }).map((s) => s.replace(/[\r\n]/g, '')),
);
const mode = fc.constantFrom('100644', '100755', '120000', '160000');

interface GenLine {
  kind: LineKind;
  content: string;
}
interface GenHunk {
  /** Unchanged lines skipped before the hunk. */
  gap: number;
  section: string;
  lines: GenLine[];
}
/** How the last hunk ends: which sides lack a final newline. */
type Eof = 'none' | 'old' | 'new' | 'both' | 'context';
interface GenFile {
  kind: 'modified' | 'added' | 'deleted' | 'renamed' | 'copied' | 'binary' | 'mode';
  oldPath: string;
  newPath: string;
  oldMode: string;
  newMode: string;
  hunks: GenHunk[];
  eof: Eof;
}

const genLine = (kinds: readonly LineKind[]): fc.Arbitrary<GenLine> =>
  fc.record({ kind: fc.constantFrom(...kinds), content });
const genHunks = (kinds: readonly LineKind[], max: number): fc.Arbitrary<GenHunk[]> =>
  fc.array(
    fc.record({ gap: fc.nat(15), section, lines: fc.array(genLine(kinds), { minLength: 1, maxLength: 8 }) }),
    { minLength: 1, maxLength: max },
  );

const genFile: fc.Arbitrary<GenFile> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('modified' as const, 'renamed' as const, 'copied' as const),
    oldPath: path,
    newPath: path,
    oldMode: mode,
    newMode: mode,
    hunks: genHunks(['context', 'add', 'delete'], 4),
    eof: fc.constantFrom<Eof>('none', 'old', 'new', 'both', 'context'),
  }),
  fc.record({
    kind: fc.constant('added' as const),
    oldPath: path,
    newPath: path,
    oldMode: mode,
    newMode: mode,
    hunks: genHunks(['add'], 1),
    eof: fc.constantFrom<Eof>('none', 'new'),
  }),
  fc.record({
    kind: fc.constant('deleted' as const),
    oldPath: path,
    newPath: path,
    oldMode: mode,
    newMode: mode,
    hunks: genHunks(['delete'], 1),
    eof: fc.constantFrom<Eof>('none', 'old'),
  }),
  fc.record({
    kind: fc.constantFrom('binary' as const, 'mode' as const),
    oldPath: path,
    newPath: path,
    oldMode: mode,
    newMode: mode,
    hunks: fc.constant<GenHunk[]>([]),
    eof: fc.constant<Eof>('none'),
  }),
);

/** Files with distinct paths, as in a real PR; renamed and copied files get a distinct old path. */
const genDiff = fc
  .tuple(fc.uniqueArray(genFile, { maxLength: 6, selector: (f) => f.newPath }), fc.boolean())
  .map(([files, quotePath]) => ({
    files: files.map((f) => ({
      ...f,
      oldPath:
        f.kind === 'renamed' || f.kind === 'copied'
          ? f.oldPath === f.newPath
            ? `${f.oldPath}~`
            : f.oldPath
          : f.newPath,
      // Only changed files have a mode change; a start at the first hunk needs lines before it.
      newMode: f.kind === 'mode' || f.kind === 'modified' ? f.newMode : f.oldMode,
      hunks: f.hunks.map((h, i) =>
        f.kind === 'added' || f.kind === 'deleted'
          ? { ...h, gap: 0 }
          : i === 0
            ? h
            : { ...h, gap: h.gap + 1 },
      ),
    })),
    quotePath,
  }));

// ---- renderer: the diff text, and what parsing it must give ------------------------------------------

const C_ESCAPES: Record<string, string> = {
  '\x07': '\\a',
  '\b': '\\b',
  '\t': '\\t',
  '\n': '\\n',
  '\v': '\\v',
  '\f': '\\f',
  '\r': '\\r',
  '"': '\\"',
  '\\': '\\\\',
};

/** git's quote_c_style: names with `"`, `\`, control characters (or, with core.quotepath, non-ASCII) are quoted. */
function quote(name: string, quotePath: boolean): string {
  const needs = [...name].some((ch) => {
    const c = ch.codePointAt(0)!;
    return ch === '"' || ch === '\\' || c < 0x20 || c === 0x7f || (quotePath && c >= 0x80);
  });
  if (!needs) return name;
  let out = '"';
  for (const ch of name) {
    const c = ch.codePointAt(0)!;
    if (C_ESCAPES[ch]) out += C_ESCAPES[ch];
    else if (c < 0x20 || c === 0x7f) out += `\\${c.toString(8).padStart(3, '0')}`;
    else if (c >= 0x80 && quotePath) for (const b of Buffer.from(ch, 'utf8')) out += `\\${b.toString(8)}`;
    else out += ch;
  }
  return `${out}"`;
}

function render(gen: { files: GenFile[]; quotePath: boolean }): { text: string; expected: FileDiff[] } {
  const q = (name: string): string => quote(name, gen.quotePath);
  /** `--- a/x`: git ends a name that has a space with a tab, quoted or not. */
  const fileLine = (marker: string, name: string | null): string =>
    name === null ? `${marker} /dev/null` : `${marker} ${q(name)}${name.includes(' ') ? '\t' : ''}`;
  const out: string[] = [];
  const expected: FileDiff[] = [];
  for (const f of gen.files) {
    const status: FileStatus =
      f.kind === 'binary' || f.kind === 'mode'
        ? 'modified'
        : f.kind === 'added'
          ? 'added'
          : f.kind === 'deleted'
            ? 'deleted'
            : f.kind;
    const oldName = status === 'added' ? null : f.oldPath;
    const newName = status === 'deleted' ? null : f.newPath;
    out.push(`diff --git ${q(`a/${f.oldPath}`)} ${q(`b/${f.newPath}`)}`);
    let oldMode: string | null = null;
    let newMode: string | null = null;
    if (status === 'added') {
      out.push(`new file mode ${f.newMode}`, 'index 0000000..1111111');
      newMode = f.newMode;
    } else if (status === 'deleted') {
      out.push(`deleted file mode ${f.oldMode}`, 'index 1111111..0000000');
      oldMode = f.oldMode;
    } else {
      if (f.oldMode !== f.newMode) {
        out.push(`old mode ${f.oldMode}`, `new mode ${f.newMode}`);
        [oldMode, newMode] = [f.oldMode, f.newMode];
      }
      if (status === 'renamed' || status === 'copied') {
        const verb = status === 'renamed' ? 'rename' : 'copy';
        out.push(
          `similarity index ${f.hunks.length ? 90 : 100}%`,
          `${verb} from ${q(f.oldPath)}`,
          `${verb} to ${q(f.newPath)}`,
        );
      }
      if (f.hunks.length > 0 || f.kind === 'binary') {
        if (f.oldMode === f.newMode) {
          out.push(`index 1111111..2222222 ${f.oldMode}`);
          [oldMode, newMode] = [f.oldMode, f.oldMode];
        } else out.push('index 1111111..2222222');
      }
    }
    if (f.kind === 'binary') {
      out.push(`Binary files ${q(`a/${f.oldPath}`)} and ${q(`b/${f.newPath}`)} differ`);
    }
    const hunks: Hunk[] = [];
    let additions = 0;
    let deletions = 0;
    if (f.hunks.length > 0) {
      out.push(
        fileLine('---', oldName === null ? null : `a/${oldName}`),
        fileLine('+++', newName === null ? null : `b/${newName}`),
      );
      let oldNext = 1;
      let newNext = 1;
      f.hunks.forEach((g, hi) => {
        const body = [...g.lines];
        // The end of the file: lines whose last has no newline, each followed by the marker.
        const markAfter = new Set<number>();
        const last = hi === f.hunks.length - 1;
        if (last && f.eof !== 'none') {
          const tail: [GenLine, boolean][] =
            f.eof === 'old'
              ? f.kind === 'deleted'
                ? [[{ kind: 'delete', content: 'end' }, true]]
                : [
                    [{ kind: 'delete', content: 'end' }, true],
                    [{ kind: 'add', content: 'end' }, false],
                  ]
              : f.eof === 'new'
                ? f.kind === 'added'
                  ? [[{ kind: 'add', content: 'end' }, true]]
                  : [
                      [{ kind: 'delete', content: 'end' }, false],
                      [{ kind: 'add', content: 'end' }, true],
                    ]
                : f.eof === 'both'
                  ? [
                      [{ kind: 'delete', content: 'a' }, true],
                      [{ kind: 'add', content: 'b' }, true],
                    ]
                  : [[{ kind: 'context', content: 'end' }, true]];
          for (const [l, marked] of tail) {
            body.push(l);
            if (marked) markAfter.add(body.length - 1);
          }
        }
        let oldNo = oldNext + g.gap;
        let newNo = newNext + g.gap;
        const lines: DiffLine[] = body.map((l) => {
          if (l.kind === 'add') additions++;
          if (l.kind === 'delete') deletions++;
          return {
            kind: l.kind,
            content: l.content,
            oldLine: l.kind === 'add' ? null : oldNo++,
            newLine: l.kind === 'delete' ? null : newNo++,
          };
        });
        const oldLines = lines.filter((l) => l.kind !== 'add').length;
        const newLines = lines.filter((l) => l.kind !== 'delete').length;
        // git writes the line before an empty range as its start, and leaves out a count of 1.
        const oldStart = oldLines === 0 ? oldNext + g.gap - 1 : oldNext + g.gap;
        const newStart = newLines === 0 ? newNext + g.gap - 1 : newNext + g.gap;
        const range = (start: number, n: number): string => (n === 1 ? `${start}` : `${start},${n}`);
        out.push(
          `@@ -${range(oldStart, oldLines)} +${range(newStart, newLines)} @@${g.section ? ` ${g.section}` : ''}`,
        );
        body.forEach((l, i) => {
          out.push(`${l.kind === 'add' ? '+' : l.kind === 'delete' ? '-' : ' '}${l.content}`);
          if (markAfter.has(i)) out.push('\\ No newline at end of file');
        });
        const marked = [...markAfter].map((i) => body[i]!.kind);
        hunks.push({
          oldStart,
          oldLines,
          newStart,
          newLines,
          section: g.section,
          lines,
          oldNoNewlineAtEnd: marked.some((k) => k !== 'add'),
          newNoNewlineAtEnd: marked.some((k) => k !== 'delete'),
        });
        oldNext = oldNext + g.gap + oldLines;
        newNext = newNext + g.gap + newLines;
      });
    }
    expected.push({
      path: status === 'deleted' ? f.oldPath : f.newPath,
      oldPath: status === 'added' ? null : f.oldPath,
      status,
      binary: f.kind === 'binary',
      patchMissing: false,
      oldMode,
      newMode,
      hunks,
      additions,
      deletions,
    });
  }
  return { text: out.length ? `${out.join('\n')}\n` : '', expected };
}

// ---- properties --------------------------------------------------------------------------------------

/** Structural truths of any parse, however bad the input. */
function checkInvariants(files: FileDiff[]): void {
  for (const f of files) {
    expect(typeof f.path).toBe('string');
    let adds = 0;
    let dels = 0;
    for (const h of f.hunks) {
      let o = h.oldStart;
      let n = h.newStart;
      for (const l of h.lines) {
        expect(l.content.includes('\n')).toBe(false);
        if (l.kind !== 'add') expect(l.oldLine).toBe(o++);
        else expect(l.oldLine).toBeNull();
        if (l.kind !== 'delete') expect(l.newLine).toBe(n++);
        else expect(l.newLine).toBeNull();
        if (l.kind === 'add') adds++;
        if (l.kind === 'delete') dels++;
      }
      expect([o - h.oldStart, n - h.newStart]).toEqual([h.oldLines, h.newLines]);
    }
    expect([f.additions, f.deletions]).toEqual([adds, dels]);
  }
}

const finding = (paths: string[]): fc.Arbitrary<Finding> =>
  fc.record({
    path: fc.constantFrom(...paths, 'nowhere/at/all.zz'),
    line: fc.integer({ min: -2, max: 130 }),
    startLine: fc.option(fc.integer({ min: -2, max: 130 }), { nil: null }),
    side: fc.constantFrom('RIGHT' as const, 'LEFT' as const),
    severity: fc.constantFrom(...SEVERITIES),
    title: fc.constantFrom('a', 'b', 'A'),
    body: fc.constant('b'),
    suggestion: fc.option(fc.constantFrom('x', 'end', ''), { nil: null }),
    request: fc.nat(2),
  });

/** Every inline comment is on a line GitHub accepts, and every finding but exact duplicates comes back. */
function checkPlacement(files: FileDiff[], findings: Finding[], max: number): void {
  const { inline, body } = placeFindings(findings, files, max);
  expect(inline.length).toBeLessThanOrEqual(max);
  const byPath = new Map(files.map((f) => [f.path, f]));
  for (const c of inline) {
    const file = byPath.get(c.path)!;
    expect(file).toBeDefined();
    const hunkOf = (line: number): number =>
      file.hunks.findIndex((h) =>
        h.lines.some((l) =>
          c.side === 'RIGHT'
            ? file.status !== 'deleted' && l.kind !== 'delete' && l.newLine === line
            : file.status !== 'added' && l.kind !== 'add' && l.oldLine === line,
        ),
      );
    const end = hunkOf(c.line);
    expect([c.path, c.side, c.line, end >= 0]).toEqual([c.path, c.side, c.line, true]);
    if (c.startLine !== null) {
      expect(c.startLine).toBeLessThan(c.line);
      expect(hunkOf(c.startLine)).toBe(end);
    }
    if (c.committable) expect(c.side).toBe('RIGHT');
  }
  // Nothing lost: one per distinct (path, side, line, title), each an input finding.
  const key = (f: Finding): string => `${f.path}\0${f.side}\0${f.line}\0${f.title.toLowerCase()}`;
  const out = [...inline.map((c) => c.finding), ...body.map((b) => b.finding)];
  expect(out.every((f) => findings.includes(f))).toBe(true);
  expect(new Set(out.map(key)).size).toBe(out.length);
  expect(out.length).toBe(new Set(findings.map(key)).size);
}

describe('generated diffs', () => {
  it('parse back to exactly what was generated, with LF or CRLF line ends', () => {
    fc.assert(
      fc.property(genDiff, fc.boolean(), (gen, crlf) => {
        const { text, expected } = render(gen);
        const files = parseDiff(crlf ? text.replace(/\n/g, '\r\n') : text);
        expect(files).toEqual(expected);
        checkInvariants(files);
      }),
      { numRuns: 600 },
    );
  });

  it('place every finding on a commentable line or in the body, losing none', () => {
    fc.assert(
      fc.property(
        genDiff.chain((gen) => {
          const { expected } = render(gen);
          const paths = expected.map((f) => f.path);
          return fc.tuple(fc.constant(expected), fc.array(finding(paths), { maxLength: 25 }), fc.nat(30));
        }),
        ([files, findings, max]) => checkPlacement(files, findings, max),
      ),
      { numRuns: 400 },
    );
  });

  it('the generator makes the hard cases it is meant to', () => {
    // Guard against a generator that quietly stopped producing what the properties rely on.
    const texts = fc.sample(genDiff, { numRuns: 300, seed: 42 }).map((g) => render(g).text);
    const all = texts.join('\n');
    for (const needle of [
      'diff --git "a/',
      '\\303\\244',
      '\t\n',
      'rename from',
      'copy from',
      'old mode',
      'Binary files',
      '\\ No newline at end of file',
      '@@ -0,0 +1',
      ' +0,0 @@',
      '"\t\n',
    ]) {
      expect([needle, all.includes(needle)]).toEqual([needle, true]);
    }
  });
});

describe('any input', () => {
  it('never makes the parser throw, and what it reads is consistent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        checkInvariants(parseDiff(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on lines that look like diff syntax, in any order', () => {
    const line = fc.oneof(
      fc.constantFrom(
        'diff --git a/x b/x',
        'diff --cc x',
        '--- a/x',
        '+++ b/x',
        '--- /dev/null',
        '@@ -1,2 +1,2 @@',
        '@@ -0,0 +1 @@',
        '@@ -1 +0,0 @@',
        '@@@ -1 -1 +1 @@@',
        '\\ No newline at end of file',
        'Binary files a/x and b/x differ',
        'GIT binary patch',
        'rename from "q\\"x',
        'rename to "\\',
        'new file mode 120000',
        'index 1..2 160000',
        'similarity index 100%',
        'diff --git "a/\\3',
        '',
      ),
      fc.string({ unit: 'binary', maxLength: 8 }).map((s) => ' ' + s),
      fc.string({ unit: 'binary', maxLength: 8 }).map((s) => '+' + s),
      fc.string({ unit: 'binary', maxLength: 8 }).map((s) => '-' + s),
      fc.string({ unit: 'binary', maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        checkInvariants(parseDiff(lines.join(eol)));
      }),
      { numRuns: 2000 },
    );
  });

  // Real diffs, then the same diffs with lines deleted, duplicated, swapped, inserted or cut short.
  const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
  const real = [
    readFileSync(join(FIXTURES, 'pr-basic.diff'), 'utf8'),
    ...readdirSync(join(FIXTURES, 'reviewdog-diff'))
      .filter((f) => f.endsWith('.diff'))
      .map((f) => readFileSync(join(FIXTURES, 'reviewdog-diff', f), 'utf8')),
  ];
  type Mutation =
    | { op: 'delete' | 'duplicate'; at: number }
    | { op: 'swap'; at: number; with: number }
    | { op: 'insert'; at: number; text: string }
    | { op: 'cutLine'; at: number; keep: number }
    | { op: 'truncate'; keep: number };
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({ op: fc.constantFrom('delete' as const, 'duplicate' as const), at: fc.nat() }),
    fc.record({ op: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
    fc.record({
      op: fc.constant('insert' as const),
      at: fc.nat(),
      text: fc.oneof(
        fc.string({ unit: 'binary', maxLength: 10 }),
        fc.constantFrom('@@ -1 +1 @@', '\\ No newline at end of file', 'diff --git a/z b/z', '-', '+', ' '),
      ),
    }),
    fc.record({ op: fc.constant('cutLine' as const), at: fc.nat(), keep: fc.nat(40) }),
    fc.record({ op: fc.constant('truncate' as const), keep: fc.nat() }),
  );
  function mutate(text: string, ms: Mutation[]): string {
    let lines = text.split('\n');
    for (const m of ms) {
      const i = 'at' in m ? m.at % Math.max(1, lines.length) : 0;
      if (m.op === 'delete') lines.splice(i, 1);
      else if (m.op === 'duplicate') lines.splice(i, 0, lines[i] ?? '');
      else if (m.op === 'swap') {
        const j = m.with % Math.max(1, lines.length);
        [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
      } else if (m.op === 'insert') lines.splice(i, 0, m.text);
      else if (m.op === 'cutLine') lines[i] = (lines[i] ?? '').slice(0, m.keep);
      else if (m.op === 'truncate') {
        const joined = lines.join('\n');
        lines = joined.slice(0, m.keep % (joined.length + 1)).split('\n');
      }
    }
    return lines.join('\n');
  }

  it('never throws on mangled real diffs, and still places findings only on commentable lines', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...real),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        fc.array(
          fc.tuple(
            fc.nat(),
            fc.integer({ min: -2, max: 60 }),
            fc.constantFrom('RIGHT' as const, 'LEFT' as const),
          ),
          { maxLength: 10 },
        ),
        (text, ms, spots) => {
          const files = parseDiff(mutate(text, ms));
          checkInvariants(files);
          if (files.length === 0) return;
          const findings = spots.map(([fi, line, side], i): Finding => ({
            path: files[fi % files.length]!.path,
            line,
            startLine: null,
            side,
            severity: 'major',
            title: `t${i}`,
            body: 'b',
            suggestion: null,
            request: 0,
          }));
          // Mangled diffs can repeat a path; placement indexes the last, so check against that one.
          const unique = [...new Map(files.map((f) => [f.path, f])).values()];
          checkPlacement(unique, findings, 10);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('never throws on mangled generated diffs', () => {
    fc.assert(
      fc.property(genDiff, fc.array(mutation, { minLength: 1, maxLength: 6 }), (gen, ms) => {
        checkInvariants(parseDiff(mutate(render(gen).text, ms)));
      }),
      { numRuns: 500 },
    );
  });
});
