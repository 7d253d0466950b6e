import { loadWebhookPayload, patchWebhookPayload } from '../support/fake-github.ts';
import {
  decideTrigger,
  isForkUnderPullRequest,
  parsePullRequestRef,
  type TriggerOptions,
} from '../../src/event/trigger.ts';

const O: TriggerOptions = {
  pullRequest: '',
  reviewDrafts: false,
  reviewBots: false,
  deepReviewLabel: 'deep-review',
  deepReviewEffort: 'xhigh',
  effort: 'medium',
};

const payload = (name: string, patch = {}) => loadWebhookPayload(name, patch) as Record<string, unknown>;

describe('parsePullRequestRef', () => {
  it.each([
    ['17', { owner: 'o', repo: 'r', number: 17 }],
    ['#17', { owner: 'o', repo: 'r', number: 17 }],
    [' 17 ', { owner: 'o', repo: 'r', number: 17 }],
    ['a/b#5', { owner: 'a', repo: 'b', number: 5 }],
    ['https://github.com/a/b/pull/5', { owner: 'a', repo: 'b', number: 5 }],
    ['https://github.com/a/b/pull/5/files#diff-1', { owner: 'a', repo: 'b', number: 5 }],
    ['https://ghe.corp.example/team/app.js/pull/900', { owner: 'team', repo: 'app.js', number: 900 }],
  ])('%s', (ref, expected) => expect(parsePullRequestRef(ref, 'o/r')).toEqual(expected));

  it.each(['0', 'seventeen', 'https://github.com/a/b/issues/5', '1.5', '-3'])('refuses %s', (ref) => {
    expect(() => parsePullRequestRef(ref, 'o/r')).toThrow(/must be a PR number/);
  });

  it('needs the repository for a bare number', () => {
    expect(() => parsePullRequestRef('5', undefined)).toThrow(/pass the PR's URL/);
  });
});

describe('decideTrigger', () => {
  it('reviews opened, synchronize, reopened and ready_for_review automatically', () => {
    for (const action of ['opened', 'synchronize', 'reopened', 'ready_for_review']) {
      const d = decideTrigger('pull_request', payload(`pull_request.${action}`, { draft: false }), 'o/r', O);
      expect(d).toMatchObject({ kind: 'review', trigger: 'automatic', deep: false, effort: 'medium' });
    }
  });

  it('treats the deep-review label as a deep review at the deep effort, whatever the draft state', () => {
    const p = payload('pull_request.labeled', { draft: true });
    (p['label'] as Record<string, unknown>)['name'] = 'deep-review';
    expect(decideTrigger('pull_request_target', p, 'o/r', O)).toMatchObject({
      kind: 'review',
      trigger: 'label',
      deep: true,
      effort: 'xhigh',
      label: 'deep-review',
    });
  });

  it('is quiet about other labels and loud about other skips', () => {
    expect(decideTrigger('pull_request', payload('pull_request.labeled'), 'o/r', O)).toMatchObject({
      kind: 'skip',
      quiet: true,
    });
    expect(decideTrigger('pull_request', payload('pull_request.unlabeled'), 'o/r', O)).toMatchObject({
      kind: 'skip',
      quiet: false,
    });
  });

  it('lets pull-request override the event, on any event, at the configured effort', () => {
    expect(decideTrigger('schedule', {}, 'o/r', { ...O, pullRequest: '9', effort: 'xhigh' })).toEqual({
      kind: 'review',
      trigger: 'manual',
      deep: true,
      effort: 'xhigh',
      target: { owner: 'o', repo: 'r', number: 9 },
      label: null,
    });
  });

  it('refuses events that name no PR', () => {
    expect(() => decideTrigger('push', {}, 'o/r', O)).toThrow(/without a `pull-request` input/);
    expect(() => decideTrigger('pull_request', {}, 'o/r', O)).toThrow(/no pull_request object/);
  });
});

describe('isForkUnderPullRequest', () => {
  it('is true only for pull_request from another repository (or a deleted fork)', () => {
    const same = payload('pull_request.opened');
    expect(isForkUnderPullRequest('pull_request', same)).toBe(false);
    const fork = patchWebhookPayload(structuredClone(same), {});
    ((fork.pull_request!['head'] as Record<string, unknown>)['repo'] as Record<string, unknown>)[
      'full_name'
    ] = 'x/y';
    expect(isForkUnderPullRequest('pull_request', fork)).toBe(true);
    expect(isForkUnderPullRequest('pull_request_target', fork)).toBe(false);
    (fork.pull_request!['head'] as Record<string, unknown>)['repo'] = null;
    expect(isForkUnderPullRequest('pull_request', fork)).toBe(true);
  });
});
