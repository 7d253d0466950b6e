/**
 * The harness of the end-to-end tests: a fake GitHub and a fake model for each test, the bundled action
 * run against them, and the model's side of a review. The test files keep their own pull requests,
 * findings and assertions.
 *
 * `gh` and `model` are live bindings: a test file imports them and sees the pair `startFakes` (or
 * `startGitHub` / `startModel`) started last. Each test file closes them with `afterEach(closeFakes)`.
 */
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from './fake-github.ts';
import {
  startFakeModel,
  type FakeModel,
  type FakeModelOptions,
  type ModelReply,
  type ModelRequest,
} from './fake-model.ts';
import { runAction, type ActionRun } from './action-runner.ts';
import { pullRequestFromApi } from '../../src/event/pull-request.ts';
import type { PullRequest } from '../../src/types.ts';
import { planReview } from '../../src/plan.ts';
import { parseDiff } from '../../src/diff/parse.ts';
import { countTokens } from '../../src/chunk/tokens.ts';
import { CONFIG_INPUT_DEFAULTS, readSettings } from '../../src/settings.ts';

export let gh: FakeGitHub;
export let model: FakeModel;

export async function startFakes(github: FakeGitHubOptions, fakeModel: FakeModelOptions): Promise<void> {
  await startGitHub(github);
  await startModel(fakeModel);
}

export async function startGitHub(opts: FakeGitHubOptions): Promise<void> {
  gh = await startFakeGitHub(opts);
}

export async function startModel(opts: FakeModelOptions): Promise<void> {
  model = await startFakeModel(opts);
}

/** Closes both fakes, and forgets them so that a test which starts none does not close them twice. */
export async function closeFakes(): Promise<void> {
  await gh?.close();
  await model?.close();
  gh = undefined as unknown as FakeGitHub;
  model = undefined as unknown as FakeModel;
}

/** The model API key the fake model expects unless a test sets its own (`apiKey`). */
export const MODEL_KEY = 'test-model-key';

/**
 * Runs dist/index.js on `payload` (a pull_request event unless `eventName` says otherwise) against the
 * two fakes: `inputs` over the model's key and URL, the rest as in action-runner.
 */
export function runReview(o: {
  payload: unknown;
  eventName?: string;
  inputs?: Record<string, string>;
  apiKey?: string;
  token?: string;
  env?: Record<string, string>;
}): Promise<ActionRun> {
  return runAction({
    eventName: o.eventName ?? 'pull_request',
    payload: o.payload,
    githubUrl: gh.url,
    inputs: { 'api-key': o.apiKey ?? MODEL_KEY, 'base-url': model.url, ...o.inputs },
    ...(o.token !== undefined ? { token: o.token } : {}),
    ...(o.env !== undefined ? { env: o.env } : {}),
  });
}

/** On failure, shows the action's log, not just the exit code. */
export function expectSuccess(run: ActionRun): void {
  if (run.code !== 0) throw new Error(`the action exited ${run.code}:\n${run.stdout}\n${run.stderr}`);
}

export type Severity = 'critical' | 'major' | 'minor' | 'nit';

/** A finding as the review schema has the model write it. */
export interface Finding {
  path: string;
  line: number;
  start_line: number | null;
  side: 'RIGHT' | 'LEFT';
  severity: Severity;
  title: string;
  body: string;
  suggestion: string | null;
}

/** A single-line finding on the new side, without a suggestion, unless `o` says otherwise. */
export function finding(
  o: Partial<Finding> & Pick<Finding, 'path' | 'line' | 'severity' | 'title'>,
): Finding {
  // The schema's key order, whatever `o` sets.
  const defaults: Finding = {
    path: o.path,
    line: o.line,
    start_line: null,
    side: 'RIGHT',
    severity: o.severity,
    title: o.title,
    body: `Body of ${o.title}.`,
    suggestion: null,
  };
  return Object.assign(defaults, o);
}

/** The text of a request's user message (the pull request and its diff; text parts joined). */
export function userMessage(req: ModelRequest): string {
  const content = (req.body.messages as { role: string; content: unknown }[]).find(
    (m) => m.role === 'user',
  )!.content;
  if (typeof content === 'string') return content;
  return (content as { type: string; text?: string }[]).map((p) => p.text ?? '').join('');
}

/** The files a request asks about, from their `<file path="…">` tags. */
export function filesIn(req: ModelRequest): string[] {
  return [...userMessage(req).matchAll(/<file path=("(?:[^"\\]|\\.)*")/g)].map(
    (m) => JSON.parse(m[1]!) as string,
  );
}

/**
 * A model that answers each request with `comments(files of the request)`, the summary (default
 * "Reviewed."), verdict and walkthrough given, and a usage of 1,000 + 200 tokens unless `usage` says otherwise.
 */
export function modelAnswer(
  comments: (files: string[]) => unknown[],
  o: {
    summary?: string | ((files: string[]) => string);
    verdict?: string;
    usage?: { prompt_tokens: number; completion_tokens: number };
    /** The walkthrough (`files`) of a request, from its files: absent from the answer when unset. */
    walkthrough?: (files: string[]) => { path: string; summary: string }[];
    /** `change_type` and `diagram` of a request, from its files: absent from the answer when unset. */
    changeType?: (files: string[]) => string;
    diagram?: (files: string[]) => string | null;
  } = {},
): (req: ModelRequest) => ModelReply {
  return (req) => {
    const files = filesIn(req);
    const summary = typeof o.summary === 'function' ? o.summary(files) : (o.summary ?? 'Reviewed.');
    return {
      content: JSON.stringify({
        ...(o.verdict ? { verdict: o.verdict } : {}),
        summary,
        ...(o.changeType ? { change_type: o.changeType(files) } : {}),
        ...(o.walkthrough ? { files: o.walkthrough(files) } : {}),
        ...(o.diagram ? { diagram: o.diagram(files) } : {}),
        comments: comments(files),
      }),
      usage: o.usage ?? { prompt_tokens: 1000, completion_tokens: 200 },
    };
  };
}

/** Whether a request is a second look (src/verify/prompt.ts), not a review. */
export function isSecondLook(req: ModelRequest): boolean {
  const first = (req.body.messages as { role: string; content: string | null }[])[0];
  return String(first?.content ?? '').includes("vtrix-review's second reviewer");
}

/** The findings a second look asks about: id, path and title. */
export function lookedAt(req: ModelRequest): { id: string; path: string; title: string }[] {
  return [
    ...userMessage(req).matchAll(
      /<finding id="(F\d+)" severity="\w+" path=("(?:[^"\\]|\\.)*")[^>]*>\nTitle: ([^\n]*)/g,
    ),
  ].map((m) => ({ id: m[1]!, path: JSON.parse(m[2]!) as string, title: m[3]! }));
}

/** A second look's answer: each finding refuted (with `why`) when `refute` says so, else confirmed. */
export function verdicts(
  req: ModelRequest,
  refute: (f: { id: string; path: string; title: string }) => string | null = () => null,
): ModelReply {
  const list = lookedAt(req).map((f) => {
    const why = refute(f);
    return why === null
      ? { id: f.id, verdict: 'confirmed', confidence: 'high', evidence: 'The cited code does it.' }
      : { id: f.id, verdict: 'refuted', confidence: 'high', evidence: why };
  });
  return {
    content: JSON.stringify({ verdicts: list }),
    usage: { prompt_tokens: 500, completion_tokens: 50 },
  };
}

/**
 * The context window that leaves `diffTokens` of diff per request when the action reviews `diff` on the
 * pull request `pr` (or a webhook payload's) with `maxTokens` and otherwise default inputs. Tests that need a PR split
 * over several requests derive their window with it, so a longer prompt or schema does not break them.
 */
export function windowForDiffBudget(
  pr: PullRequest | { pull_request: Record<string, unknown> },
  diff: string,
  maxTokens: number,
  diffTokens: number,
): number {
  const pull = 'pull_request' in pr ? pullRequestFromApi(pr.pull_request) : pr;
  const planAt = (window: number) => {
    const s = readSettings(
      (n) =>
        n === 'context-window'
          ? String(window)
          : n === 'max-tokens'
            ? String(maxTokens)
            : (CONFIG_INPUT_DEFAULTS[n] ?? ''),
      { requireApiKey: false },
    );
    return planReview(pull, parseDiff(diff), s, countTokens);
  };
  // The budget is the window less the output, the scaffold and a margin that grows with the window:
  // step to the target from a roomy window, then settle the margin.
  let window = 100_000;
  for (let k = 0; k < 5; k++) {
    const budget = planAt(window).budget;
    if (budget === diffTokens) return window;
    window += diffTokens - budget;
  }
  throw new Error(`no context window leaves exactly ${diffTokens} diff tokens (last tried ${window})`);
}
