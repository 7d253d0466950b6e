import {
  loadWebhookPayload,
  patchCommentPayload,
  type CommentPatch,
  type WebhookPatch,
} from '../support/fake-github.ts';
import { decideComment, parseCommand, parseCommentEvent } from '../../src/event/comment.ts';

const HEAD = 'a9c2f07a9c2f07a9c2f07a9c2f07a9c2f07a9c2f';
const PR: WebhookPatch = { owner: 'octo', repo: 'shop', number: 17, headSha: HEAD };

type Json = Record<string, unknown>;

function issueComment(patch: CommentPatch = {}): Json {
  const p = loadWebhookPayload('issue_comment.created', { owner: 'octo', repo: 'shop' });
  return patchCommentPayload(p, { number: 17, pullRequest: true, ...patch }) as Json;
}

function reviewComment(patch: CommentPatch = {}): Json {
  // The example that has the line fields (GitHub's payloads have had them since 2019).
  const p = loadWebhookPayload(
    'pull_request_review_comment.created',
    PR,
    (e) => 'line' in (e['comment'] as Json),
  );
  return patchCommentPayload(p, patch) as Json;
}

const O = { pullRequest: '', triggerPhrase: '@vtrix-review', phraseFixed: false };

describe('parseCommentEvent', () => {
  it('reads an issue comment on a pull request: the comment, the number, no PR object', () => {
    const e = parseCommentEvent('issue_comment', issueComment({ id: 900001, body: '@vtrix-review help' }));
    expect(e).toEqual({
      event: 'issue_comment',
      action: 'created',
      owner: 'octo',
      repo: 'shop',
      number: 17,
      isPullRequest: true,
      comment: {
        id: 900001,
        nodeId: 'MDEyOklzc3VlQ29tbWVudDQ5MjcwMDQwMA==',
        body: '@vtrix-review help',
        user: { login: 'Codertocat', type: 'User' },
        htmlUrl: 'https://github.com/octo/shop/pull/17#issuecomment-900001',
      },
      place: { kind: 'conversation' },
      pr: null,
    });
  });

  it('tells a plain issue from a pull request (the real example is on an issue)', () => {
    const p = loadWebhookPayload('issue_comment.created') as Json;
    expect(parseCommentEvent('issue_comment', p).isPullRequest).toBe(false);
  });

  it("reads a review comment's thread place and its pull request", () => {
    const e = parseCommentEvent(
      'pull_request_review_comment',
      reviewComment({ id: 500001, path: 'src/db/users.ts', line: 10, inReplyToId: 499999 }),
    );
    expect(e.place).toEqual({
      kind: 'review-thread',
      path: 'src/db/users.ts',
      line: 10,
      originalLine: 10,
      side: 'RIGHT',
      startLine: null,
      inReplyToId: 499999,
      reviewId: 237895671,
      commitId: HEAD,
    });
    expect(e.pr).toMatchObject({ owner: 'octo', repo: 'shop', number: 17, headSha: HEAD });
    expect(e.comment).toMatchObject({ id: 500001, user: { login: 'Codertocat', type: 'User' } });
    expect(e.comment.htmlUrl).toBe('https://github.com/octo/shop/pull/17#discussion_r500001');
  });

  it('refuses a payload without a comment', () => {
    expect(() => parseCommentEvent('issue_comment', { action: 'created' })).toThrow(/no comment with an id/);
  });
});

describe('parseCommand', () => {
  const P = '@vtrix-review';
  it.each([
    ['@vtrix-review help', 'help'],
    ['@vtrix-review', 'help'],
    ['@VTRIX-Review Review', 'review'],
    ['@vtrix-review review.', 'review'],
    ['@vtrix-review full review', 'full review'],
    ['@vtrix-review  deep   review!', 'deep review'],
    ['@vtrix-review fix', 'fix'],
    ['@vtrix-review ignore', 'ignore'],
    ['@vtrix-review false positive', 'ignore'],
    ['@vtrix-review pause', 'pause'],
    ['@vtrix-review resume', 'resume'],
    ['Thanks!\n\n@vtrix-review: review\nafter the push', 'review'],
    ['@vtrix-review why is this a race?', 'question'],
    ['@vtrix-review review this again, slowly', 'question'],
    ['@vtrix-review approve this and ping @admin', 'question'],
  ])('%j is %s', (body, name) => expect(parseCommand(body, P)?.name).toBe(name));

  it('keeps the text of a question, code included', () => {
    expect(parseCommand('@vtrix-review is this safe for empty input?\n```ts\nf([])\n```', P)).toEqual({
      name: 'question',
      text: 'is this safe for empty input?\n```ts\nf([])\n```',
    });
    expect(parseCommand('Why is this a race, @vtrix-review?', P)).toEqual({
      name: 'question',
      text: 'Why is this a race, ?',
    });
  });

  it.each([
    ['no mention', 'Looks good to me.'],
    ['a longer name', '@vtrix-reviewer help'],
    ['an email address', 'mail me at ops@vtrix-review.io'],
    ['inside a word', 'foo@vtrix-review help'],
    ['a code span', 'Type `@vtrix-review help` to get help.'],
    ['a double code span', 'Type `` @vtrix-review `x` `` here.'],
    ['a code block', 'Like this:\n```\n@vtrix-review review\n```'],
    ['a tilde block', '~~~~\n@vtrix-review review\n~~~\nstill code\n~~~~'],
    ['a quoted line', '> @vtrix-review full review\n\nI agree with this.'],
    ['a nested quote', '> > @vtrix-review review\n> yes'],
    ['an HTML comment', '<!-- @vtrix-review review -->'],
    ['an indented code block', 'Run this:\n\n    @vtrix-review full review\n\nthen wait.'],
    ['an indented block, past a blank line in it', 'Code:\n\n    x = 1\n\n    @vtrix-review review'],
    ['a tab-indented block', '\t@vtrix-review review'],
  ])('ignores %s', (_what, body) => expect(parseCommand(body, P)).toBeNull());

  it('reads an indented line that continues a paragraph, and the mention after an indented block', () => {
    // Indented text cannot interrupt a paragraph: it is part of it, not code.
    expect(parseCommand('Please\n    @vtrix-review review', P)?.name).toBe('review');
    expect(parseCommand('    old @vtrix-review review\nstill code?\n@vtrix-review help', P)?.name).toBe(
      'help',
    );
  });

  it('finds the mention after a quote that holds another', () => {
    expect(parseCommand('> @vtrix-review full review\n\n@vtrix-review help', P)?.name).toBe('help');
  });

  it('takes any phrase literally, as a whole word', () => {
    expect(parseCommand('/bot+ review', '/bot+')?.name).toBe('review');
    expect(parseCommand('/bot review', '/bot+')).toBeNull();
    expect(parseCommand('(@house-bot) fix', '@house-bot')?.name).toBe('fix');
  });
});

describe('decideComment', () => {
  it('leaves other events, and comment events with a pull-request input, to decideTrigger', () => {
    expect(decideComment('pull_request', {}, O)).toBeNull();
    expect(decideComment('issue_comment', issueComment(), { ...O, pullRequest: '17' })).toBeNull();
  });

  it('answers a new comment on a pull request by a person', () => {
    const d = decideComment('issue_comment', issueComment({ body: '@vtrix-review help' }), O);
    expect(d).toMatchObject({
      kind: 'converse',
      event: { number: 17, comment: { body: '@vtrix-review help' } },
    });
  });

  it.each([
    ['an edit', { action: 'edited' }, {}, /'edited' action of issue_comment is not a new comment/],
    ['a bot by type', {}, { user: { login: 'renovate', type: 'Bot' } }, /by the bot renovate/],
    ['a bot by login', {}, { user: 'github-actions[bot]' }, /by the bot github-actions\[bot\]/],
    ['a plain issue', {}, { pullRequest: false }, /#17 is an issue, not a pull request/],
  ])('skips %s quietly', (_what, top, patch, reason) => {
    const p = { ...issueComment({ body: '@vtrix-review review', ...patch }), ...top };
    const d = decideComment('issue_comment', p, O);
    expect(d).toEqual({ kind: 'skip', reason: expect.stringMatching(reason), quiet: true });
  });

  it('skips a review comment by a bot too', () => {
    const p = reviewComment({ body: '@vtrix-review fix', user: { login: 'vtrix-app[bot]', type: 'Bot' } });
    expect(decideComment('pull_request_review_comment', p, O)?.kind).toBe('skip');
  });

  it('skips a comment without the phrase at once only when the workflow fixed the phrase', () => {
    const p = issueComment({ body: '@house-bot review' });
    // The repository's configuration may name @house-bot: the run reads it before deciding.
    expect(decideComment('issue_comment', p, O)?.kind).toBe('converse');
    expect(decideComment('issue_comment', p, { ...O, phraseFixed: true })).toEqual({
      kind: 'skip',
      reason: 'The comment does not mention @vtrix-review.',
      quiet: true,
    });
  });
});
