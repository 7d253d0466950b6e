import { addToBody, moveIntoBody } from '../../src/review/amend.ts';
import { findingMarker, parseReviewMarker, reviewMarker } from '../../src/memory/markers.ts';
import { GITHUB_BODY_LIMIT, type ReviewComment, type ReviewPayload } from '../../src/review/render.ts';

const HEAD = 'a'.repeat(40);
const usage = '<sub>model · 1 request</sub>';

function payload(comments: ReviewComment[], body = `## vtrix-review\n\nSummary.`): ReviewPayload {
  const fps = comments.map((_, i) => `f${i}`.padEnd(8, '0').replace(/[^0-9a-f]/g, 'a'));
  return {
    commit_id: HEAD,
    event: 'COMMENT',
    body: `${body}\n\n${usage}\n\n${reviewMarker({ head: HEAD, inline: fps, body: ['bbbb'] })}`,
    comments: comments.map((c, i) => ({
      ...c,
      body: `${c.body}\n\n${findingMarker({ fp: fps[i]!, loc: 'cc', sev: 'major' })}`,
    })),
  };
}

const c = (line: number, body = `**🟠 major: Finding ${line}**\n\nText.`): ReviewComment => ({
  path: 'src/a.ts',
  line,
  side: 'RIGHT',
  body,
});

describe('moveIntoBody', () => {
  it('takes the comments out, lists them before the usage line, and moves their fingerprints', () => {
    const p = payload([c(1), c(2, '**x**\n\n```suggestion\nfixed();\n```'), c(3)]);
    const moved = moveIntoBody(p, [p.comments[1]!], 'GitHub refused these comments on their lines (422)');
    expect(moved.comments.map((x) => x.line)).toEqual([1, 3]);
    const body = moved.body;
    expect(body).toContain(
      '### Comments GitHub refused inline\nGitHub refused these comments on their lines (422); they are listed here with their place instead.\n- `src/a.ts` line 2 (RIGHT):\n  **x**\n\n  ```\n  fixed();\n  ```',
    );
    expect(body).not.toContain('```suggestion');
    expect(body).not.toContain('vtrix-review:finding');
    expect(body.indexOf('### Comments GitHub refused')).toBeLessThan(body.indexOf(usage));
    const mark = parseReviewMarker(body)!;
    expect(mark.inline).toHaveLength(2);
    expect(mark.body).toEqual(['bbbb', parseReviewMarker(p.body)!.inline[1]]);
  });

  it('keeps the body within GitHub limit, counting what did not fit', () => {
    const big = 'y'.repeat(5_000);
    const comments = Array.from({ length: 30 }, (_, i) => c(i + 1, big));
    const p = payload(comments, `## vtrix-review\n\n${'z'.repeat(20_000)}`);
    const moved = moveIntoBody(p, p.comments, 'refused');
    expect(moved.body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    expect(moved.body).toMatch(/- …and \d+ more, listed in the job summary and the log\./);
    expect(moved.comments).toEqual([]);
    expect(moved.body.endsWith('-->')).toBe(true);
  });
});

describe('addToBody', () => {
  it('appends when the body has no usage line or marker', () => {
    expect(addToBody('Body.', '> note')).toBe('Body.\n\n> note');
  });
});
