/**
 * Checks of the inputs that have a form of their own (a URL, a model id, a label, a path, a pull
 * request), and of inputs that must agree: each says what is wrong and what to write instead, or null.
 */
import { EventError } from '../event/pull-request.ts';
import { parsePullRequestRef } from '../event/trigger.ts';
import { MAX_INSTRUCTIONS_CHARS } from './model-policy.ts';
import { show } from './validate.ts';

/** GitHub refuses label names longer than this. */
const MAX_LABEL_LENGTH = 50;

export const API_KEY_MISSING =
  "Input 'api-key' is required: add `api-key: ${{ secrets.VTRIX_API_KEY }}` to the step's `with:` and store the key as a repository secret (Settings → Secrets and variables → Actions).";

/** What is wrong with a `model` id, or null. */
export function modelError(model: string): string | null {
  if (/\s/.test(model) || model.length > 200) {
    return `Input 'model' must be a model id as the provider names it (e.g. vtrix-gpt-5.3-codex): one word of at most 200 characters; got '${show(model)}'.`;
  }
  return null;
}

/** What is wrong with an output budget for this context window, or null. */
export function budgetError(contextWindow: number, maxTokens: number): string | null {
  if (contextWindow - maxTokens < 1_000) {
    return `Input 'context-window' (${contextWindow}) must exceed 'max-tokens' (${maxTokens}) by at least 1000 tokens, to leave room for the prompt and the diff.`;
  }
  return null;
}

/** What is wrong with `instructions` (trimmed), or null. */
export function instructionsError(instructions: string): string | null {
  if (instructions.length > MAX_INSTRUCTIONS_CHARS) {
    return `Input 'instructions' is ${instructions.length} characters long; keep it under ${MAX_INSTRUCTIONS_CHARS}: it is sent with every model request, so long guidance crowds out the diff and multiplies the cost.`;
  }
  return null;
}

/** What is wrong with `deep-review-label`, or null. */
export function labelError(label: string): string | null {
  if (label.length > MAX_LABEL_LENGTH || /[\r\n]/.test(label)) {
    return `Input 'deep-review-label' must be a GitHub label name: one line of at most ${MAX_LABEL_LENGTH} characters; got '${show(label)}'.`;
  }
  return null;
}

export const DEFAULT_TRIGGER_PHRASE = '@vtrix-review';
const MAX_PHRASE_LENGTH = 50;

/**
 * What is wrong with a trigger phrase (`what` names where it comes from: the input, or the
 * configuration file's key), or null. It is matched as a whole word, so it is one word itself.
 */
export function triggerPhraseError(phrase: string, what: string): string | null {
  if (
    phrase.length === 0 ||
    phrase.length > MAX_PHRASE_LENGTH ||
    /[\s`>]/.test(phrase) ||
    !/[\p{L}\p{N}]/u.test(phrase)
  ) {
    return `${what} must be one word of at most ${MAX_PHRASE_LENGTH} characters with a letter or digit, without spaces, backticks or '>', such as ${DEFAULT_TRIGGER_PHRASE}; got '${show(phrase)}'.`;
  }
  return null;
}

/** The `config` input: a file of the repository, as a path from its root. */
export function configPath(raw: string, errors: string[]): string {
  const p = raw.trim();
  if (p === '') return '';
  const fix = p.replace(/\\/g, '/').replace(/^(?:\.?\/)+/, '');
  if (p.startsWith('/') || p.startsWith('./') || p.includes('\\')) {
    errors.push(
      `Input 'config' must be a path from the repository root with '/' separators; got '${show(p)}'. Use '${show(fix)}'.`,
    );
  } else if (p.split('/').includes('..') || /[\r\n]/.test(p) || p.endsWith('/')) {
    errors.push(
      `Input 'config' must name a file inside the repository, such as .github/vtrix-review.yml; got '${show(p)}'.`,
    );
  }
  return p;
}

/** What is wrong with a `base-url` as given, or null. */
export function baseUrlError(given: string): string | null {
  const raw = given.replace(/\/+$/, '');
  const got = `got '${show(given.replace(/\/\/[^/@\s]*@/, '//***@'))}'`;
  const url = URL.canParse(raw) ? new URL(raw) : null;
  if (!url || !/^https?:$/.test(url.protocol) || !/^https?:\/\/[^\s/]/i.test(raw)) {
    const hint = /^[\w.-]+\.[a-z]{2,}(?:[:/]|$)/i.test(raw) ? ` Add the scheme: https://${raw}.` : '';
    return `Input 'base-url' must be an http(s) URL such as https://cloud.vtrix.ai/llm; ${got}.${hint}`;
  }
  if (url.username || url.password) {
    return `Input 'base-url' must not carry credentials (user:password@); ${got}. Pass the key in 'api-key'.`;
  }
  if (/\s/.test(raw)) return `Input 'base-url' must not contain spaces; ${got}.`;
  if (url.search || url.hash || raw.includes('?') || raw.includes('#')) {
    return `Input 'base-url' must be the API root, without a query or fragment (requests go to {base-url}/chat/completions); ${got}.`;
  }
  const endpoint = /\/(?:chat\/completions|completions|chat|responses)$/i.exec(url.pathname);
  if (endpoint) {
    const root = raw.slice(0, raw.length - endpoint[0].length);
    return `Input 'base-url' must be the API root (requests go to {base-url}/chat/completions); ${got}. Leave out '${endpoint[0]}': use '${root}'.`;
  }
  return null;
}

/** What is wrong with a `pull-request` reference, or null; the event stage resolves it later. */
export function pullRequestError(raw: string): string | null {
  const ref = /^refs\/pull\/(\d+)\/(?:merge|head)$/.exec(raw);
  if (ref) {
    return `Input 'pull-request' takes the PR number, not a git ref; got '${raw}'. Use '${ref[1]}' (or \${{ github.event.pull_request.number }}).`;
  }
  let n: number;
  try {
    // A placeholder repository: here only the form and the number are checked.
    const target = parsePullRequestRef(raw, 'owner/repo');
    n = 'number' in target ? target.number : 0;
  } catch (e) {
    return e instanceof EventError ? e.message.replace(`got '${raw}'`, `got '${show(raw)}'`) : String(e);
  }
  if (!Number.isSafeInteger(n) || n < 1 || n > 2_147_483_647) {
    return `Input 'pull-request' has no valid pull request number (1 or more); got '${show(raw)}'.`;
  }
  return null;
}
