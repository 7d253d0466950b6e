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
