/**
 * The types every stage shares, in one leaf module that imports nothing: stages import from here (and
 * from the stages before them), never from settings or configuration, so the layers point one way.
 */

/** How hard the model thinks (`reasoning_effort`). */
export const EFFORTS = ['low', 'medium', 'high', 'xhigh'] as const;
export type Effort = (typeof EFFORTS)[number];

/** Most severe first. */
export const SEVERITIES = ['critical', 'major', 'minor', 'nit'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The kinds of change a review request may say its part of the PR is (the description's "Type"). */
export const CHANGE_TYPES = ['fix', 'feature', 'refactor', 'docs', 'tests', 'chore'] as const;
export type ChangeType = (typeof CHANGE_TYPES)[number];

export function isChangeType(t: string): t is ChangeType {
  return (CHANGE_TYPES as readonly string[]).includes(t);
}

/** The pull request a run reviews, whatever event started it. */
export interface PullRequest {
  owner: string;
  repo: string;
  number: number;
  title: string;
  body: string;
  /** Comments anchor here: the PR's head commit, not GITHUB_SHA (a merge commit on pull_request). */
  headSha: string;
  baseSha: string;
  headRef: string;
  baseRef: string;
  draft: boolean;
  state: string;
  author: string;
  htmlUrl: string;
  /** Number of changed files GitHub reports, when known. */
  changedFiles: number | null;
  /** The issues the description links, once read (src/github/issues.ts): sent with every review request. */
  linkedIssues?: LinkedIssues;
}

/** An issue the PR description links, as read: untrusted text, like the description. */
export interface LinkedIssue {
  owner: string;
  repo: string;
  number: number;
  title: string;
  body: string;
}

export interface LinkedIssues {
  read: LinkedIssue[];
  /** References not sent, each with why (not found, not readable, a pull request, over the cap). */
  unread: { name: string; why: string }[];
}

/** Tokens of a text, as the model's tokenizer counts them. */
export type TokenCounter = (text: string) => number;

/** A repository file's text at the revision the reader is bound to; null when it is not a readable text file. */
export type ReadFile = (path: string) => Promise<string | null>;

/** Where a stage reports what it did: the action's log, or the CLI's stderr. */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
}

/** Instructions for the files matching a glob (`path_instructions` of the configuration file). */
export interface PathInstruction {
  path: string;
  instructions: string;
}

/** An instruction file of the base branch (AGENTS.md, …), already cut to its share of the budget. */
export interface InstructionFile {
  path: string;
  text: string;
}

/**
 * What the repository owner adds to the prompt besides `instructions`: all of it comes from the base
 * branch (or the workflow), never from the pull request, so it is trusted.
 */
export interface Guidance {
  /** The language titles, bodies and summaries are written in; '' is English. */
  language: string;
  /** Given to buildMessages: only those matching a file of the request (see pathInstructionsFor). */
  pathInstructions: PathInstruction[];
  instructionFiles: InstructionFile[];
  /**
   * Set when the configuration and instruction files were not read from a trusted revision (the
   * command line's working tree, on request): `where` they came from, and whether the owner's
   * instructions are the configuration file's. The prompt then says so instead of "trusted".
   */
  untrusted?: { where: string; instructions: boolean };
  /** Set when the request offers the repository tools: how to use them, and that results are untrusted. */
  toolsNote?: string;
}

export const NO_GUIDANCE: Guidance = { language: '', pathInstructions: [], instructionFiles: [] };

/**
 * What one kind of answer is: the review of a chunk (schema.ts), or the verdicts of a second look
 * (src/verify). The client asks for it in whichever output mode the endpoint accepts and validates
 * every answer with `parse`, so the loop, retries, fallbacks and repair are the same for every kind.
 */
export interface AnswerSpec<T> {
  /** The json_schema's name, and in `functions` mode the function the answer is a call of. */
  name: string;
  /** Sent as `response_format: json_schema` with `strict: true`, so every property is required. */
  schema: Record<string, unknown>;
  /** How the answer is named in notes to the model, e.g. "the review". */
  what: string;
  /** The function's description in `functions` mode. */
  description: string;
  /** The answer's text (content, or the function call's arguments) validated, or why it cannot be used. */
  parse(text: string): { ok: true; value: T } | { ok: false; why: string };
}
