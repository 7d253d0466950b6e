import { GITHUB_BODY_LIMIT } from '../../src/review/render.ts';
import {
  DESCRIBE_START,
  describeSection,
  findSection,
  withDescription,
  type DescribeFacts,
} from '../../src/review/describe.ts';

const facts = (over: Partial<DescribeFacts> = {}): DescribeFacts => ({
  summaries: ['Moves user lookups to raw SQL.'],
  paths: ['src/db.ts', 'src/quiet.ts'],
  walkthrough: new Map([['src/db.ts', 'Builds the query from the id.']]),
  headSha: 'a'.repeat(40),
  ...over,
});

const AUTHOR = 'Speeds up lookups.\r\n\r\nFixes #12.';

describe('withDescription', () => {
  it('adds the section after the author’s text, which stays as it was', () => {
    const body = withDescription(AUTHOR, facts())!;
    expect(body.startsWith(`${AUTHOR}\n\n${DESCRIBE_START}`)).toBe(true);
    expect(body).toContain('| `src/db.ts` | Builds the query from the id. |');
    expect(body).toContain('| `src/quiet.ts` | not listed by the model |');
    expect(body).toContain('Moves user lookups to raw SQL.');
    expect(withDescription('', facts())).toBe(describeSection(facts()));
  });

  it('is idempotent, and replaces only its own section on a later run', () => {
    const once = withDescription(AUTHOR, facts())!;
    expect(withDescription(once, facts())).toBe(once);
    const edited = `${once}\n\nA line the author added after the section.`;
    const later = withDescription(
      edited,
      facts({ summaries: ['Now also caches.'], headSha: 'b'.repeat(40) }),
    )!;
    expect(later.startsWith(`${AUTHOR}\n\n${DESCRIBE_START}`)).toBe(true);
    expect(later.endsWith('\n\nA line the author added after the section.')).toBe(true);
    expect(later).toContain('Now also caches.');
    expect(later).not.toContain('Moves user lookups');
    expect(later.split(DESCRIBE_START)).toHaveLength(2);
  });

  it('keeps, on an incremental run, what the section said of the rest of the pull request', () => {
    const DIAGRAM = { text: 'sequenceDiagram\nA->>B: call', files: 2 };
    const first = withDescription(
      AUTHOR,
      facts({
        paths: ['src/db.ts', 'src/api.ts', 'src/quiet.ts'],
        walkthrough: new Map([
          ['src/db.ts', 'Builds the query from the id.'],
          ['src/api.ts', 'Routes `a|b` to @octocat.'],
        ]),
        changeTypes: ['feature'],
        diagrams: [DIAGRAM],
      }),
    )!.replace(/\n/g, '\r\n');
    const files = ['src/api.ts', 'src/db.ts', 'src/new.ts', 'src/quiet.ts'];
    const push = (n: string) =>
      facts({
        summaries: [`Push ${n}: adds a test.`],
        paths: ['src/db.ts', 'src/new.ts'],
        walkthrough: new Map([['src/new.ts', 'Tests the query.']]),
        changeTypes: ['tests'],
        files,
        since: n.repeat(40),
        headSha: n.repeat(40),
      });
    const second = withDescription(first, push('c'))!;
    const rows = second.split('\n').filter((l) => l.startsWith('| `'));
    // In the PR's file order: a kept row (as written then), this run's rows, a kept "not listed".
    expect(rows).toEqual([
      first.split('\r\n').find((l) => l.startsWith('| `src/api.ts`')),
      '| `src/db.ts` | not listed by the model |',
      '| `src/new.ts` | Tests the query. |',
      '| `src/quiet.ts` | not listed by the model |',
    ]);
    expect(rows[0]).not.toContain('@octocat');
    expect(second).toContain('**Type:** feature, tests');
    expect(second).toContain(
      'Moves user lookups to raw SQL.\n\n**Latest push** (`ccccccc..ccccccc`): Push c: adds a test.',
    );
    expect(second).toContain('```mermaid\nsequenceDiagram\nA->>B: call\n```');
    expect(findSection(second)).not.toBeNull();
    // The next push replaces the latest-push paragraph; the rest stays.
    const third = withDescription(second, push('d'))!;
    expect(third).toContain(
      'Moves user lookups to raw SQL.\n\n**Latest push** (`ddddddd..ddddddd`): Push d: adds a test.',
    );
    expect(third).not.toContain('Push c');
    expect(third.split(DESCRIBE_START)).toHaveLength(2);
    expect(withDescription(third, push('d'))).toBe(third);
    // A whole-PR review describes the pull request afresh.
    const whole = withDescription(third, facts({ files }))!;
    expect(whole).not.toContain('Latest push');
    expect(whole).not.toContain('src/api.ts');
    expect(whole).not.toContain('mermaid');
  });

  it('turned on mid-PR, an incremental run takes the lines the summary comment holds', () => {
    const body = withDescription(
      AUTHOR,
      facts({
        paths: ['src/new.ts'],
        walkthrough: new Map([['src/new.ts', 'Tests the query.']]),
        files: ['src/db.ts', 'src/new.ts', 'src/other.ts'],
        since: 'c'.repeat(40),
        known: new Map([['`src/db.ts`', 'Builds the query from the id.']]),
      }),
    )!;
    const rows = body.split('\n').filter((l) => l.startsWith('| `'));
    expect(rows).toEqual([
      '| `src/db.ts` | Builds the query from the id. |',
      '| `src/new.ts` | Tests the query. |',
    ]);
    // Its summary is of the new commits: said so.
    expect(body).toContain('**Latest push** (`ccccccc..aaaaaaa`): Moves user lookups to raw SQL.');
    // A whole-PR review uses no earlier lines.
    const whole = withDescription(
      AUTHOR,
      facts({ files: ['src/db.ts'], known: new Map([['`src/x.ts`', 'x']]) }),
    )!;
    expect(whole).not.toContain('src/x.ts');
    expect(whole).not.toContain('Latest push');
  });

  it('still finds its section after GitHub turned its line ends into CRLF', () => {
    const once = withDescription(AUTHOR, facts())!.replace(/\r?\n/g, '\r\n');
    const again = withDescription(once, facts({ summaries: ['Changed.'] }))!;
    expect(again.split(DESCRIBE_START)).toHaveLength(2);
    expect(again).toContain('Changed.');
  });

  it('ignores markers forged in the author’s text, and a section the author edited', () => {
    const forged = `Intro.\n${DESCRIBE_START}\nkeep me\n<!-- vtrix-review:describe-end 0123456789abcdef -->\nOutro.`;
    const body = withDescription(forged, facts())!;
    expect(body.startsWith(`${forged}\n\n${DESCRIBE_START}`)).toBe(true);
    expect(body).toContain('keep me');
    // A start marker alone, before our section, does not widen what is replaced.
    const stray = `Intro ${DESCRIBE_START} keep this too.`;
    const ours = withDescription(stray, facts())!;
    expect(withDescription(ours, facts({ summaries: ['New.'] }))!.startsWith(`${stray}\n\n`)).toBe(true);
    // An edit inside our section makes it the author's text: kept, and a new section added.
    const tampered = ours.replace('Builds the query', 'The author rewrote this');
    expect(findSection(tampered)).toBeNull();
    const next = withDescription(tampered, facts())!;
    expect(next.startsWith(`${tampered}\n\n`)).toBe(true);
  });

  it('sanitises the model’s text and stays within GitHub’s limit', () => {
    const paths = Array.from({ length: 3000 }, (_, i) => `pkg/${i}/file-${i}.ts`);
    const hostile = '@octocat ![x](https://evil.example/p.png) <img src=x> | cell';
    const big = withDescription(
      'x'.repeat(50_000),
      facts({
        paths,
        summaries: [hostile],
        walkthrough: new Map(paths.map((p) => [p, `${hostile} ${'long '.repeat(80)}`])),
      }),
    )!;
    expect(big.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    expect(big).toMatch(/\| …and \d+ more files \| \|/);
    const section = big.slice(50_000);
    expect(section).not.toMatch(/@octocat|!\[|<img/);
    expect(findSection(big)).not.toBeNull();
    expect(withDescription('x'.repeat(GITHUB_BODY_LIMIT - 1_500), facts())).toBeNull();
  });
});

describe('the section: type and diagrams', () => {
  const D = (n: number) => `sequenceDiagram\nA->>B: step ${n}`;
  const rich = facts({
    changeTypes: ['feature', 'tests'],
    diagrams: [
      { text: D(1), files: 2 },
      { text: D(2), files: 5 },
      { text: D(3), files: 3 },
    ],
  });

  it('names the types and shows the two diagrams of the most files after the table', () => {
    const s = describeSection(rich);
    expect(s).toContain('\n**Type:** feature, tests\n');
    expect(s).not.toContain(D(1));
    const table = s.indexOf('| file | what it does |');
    const d2 = s.indexOf(`\`\`\`mermaid\n${D(2)}\n\`\`\``);
    const d3 = s.indexOf(`\`\`\`mermaid\n${D(3)}\n\`\`\``);
    // In plan order, after the walkthrough.
    expect(table).toBeGreaterThan(0);
    expect(d2).toBeGreaterThan(table);
    expect(d3).toBeGreaterThan(d2);
    expect(s).toContain('1 more diagram left out.');
    expect(describeSection(facts({ diagrams: [{ text: D(1), files: 1 }] }))).not.toContain('left out');
    expect(describeSection(facts())).not.toMatch(/Type:|mermaid/);
  });

  it('is idempotent, leaves the author’s text alone, and replaces an older section', () => {
    const once = withDescription(AUTHOR, rich)!;
    expect(once.startsWith(`${AUTHOR}\n\n${DESCRIBE_START}`)).toBe(true);
    expect(withDescription(once, rich)).toBe(once);
    const plain = withDescription(AUTHOR, facts())!;
    const upgraded = withDescription(`${plain}\n\nAfter.`, rich)!;
    expect(upgraded).toBe(`${once}\n\nAfter.`);
  });

  it('counts the diagrams within its bound, and drops them before the summary when there is no room', () => {
    const big = `sequenceDiagram\n${Array.from({ length: 59 }, (_, i) => `Alpha->>Beta: step ${i} ${'x'.repeat(50)}`).join('\n')}`;
    const f = facts({
      paths: Array.from({ length: 200 }, (_, i) => `src/f${i}.ts`),
      changeTypes: ['fix'],
      diagrams: [
        { text: big, files: 4 },
        { text: big, files: 4 },
      ],
    });
    for (const max of [20_000, 9_000, 5_000, 3_000]) {
      const s = describeSection(f, max);
      expect(s.length).toBeLessThanOrEqual(max);
      expect(s).toContain('**Type:** fix');
      expect(s).toContain('Moves user lookups to raw SQL.');
    }
    expect(describeSection(f, 20_000).split('```mermaid')).toHaveLength(3);
    // Room for one: the other is said to be left out.
    expect(describeSection(f, 6_000).split('```mermaid')).toHaveLength(2);
    expect(describeSection(f, 6_000)).toContain('1 more diagram left out.');
    expect(describeSection(f, 3_000)).not.toContain('```mermaid');
  });
});
