import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { FileDiff } from '../diff/types.ts';
import type { BaseFiles } from '../repo/base.ts';
import type { Repository } from '../repo/types.ts';
import type { TokenCounter } from '../types.ts';
import { TOOL_DEFINITIONS, TOOL_NAMES, type FunctionDefinition, type ToolName } from './definitions.ts';
import {
  changedFileDiff,
  failure,
  fileHistory,
  findSymbol,
  listDirectory,
  readFile,
  search,
  type FileHistory,
  type ToolContext,
} from './handlers.ts';
import { renderResult, type ToolOutput, type ToolResult } from './result.ts';

export type { ToolResult } from './result.ts';
export type { Commit, FileHistory } from './handlers.ts';

/** Time one search (or find_symbol) may take before it stops and says so. */
export const SEARCH_BUDGET_MS = 5000;
/** Longest arguments string read: the tools' arguments are a few short fields. */
export const MAX_ARGUMENT_CHARS = 20_000;
/** Smallest result budget: room for the delimiter, a line of data and the note saying it was cut. */
export const MIN_RESULT_TOKENS = 200;

export interface ToolBoxOptions {
  repo: Repository;
  /** The pull request's changed files, for changed_file_diff and to mark added lines in read_file. */
  files: readonly FileDiff[];
  /** The commits that touched a file; file_history says it is not available without it. */
  history?: FileHistory;
  /** The base commit, for read_file's commit "base"; without it such a read says it is not available. */
  base?: BaseFiles;
  /** Most tokens of one result's content, delimiter included. */
  maxResultTokens: number;
  count: TokenCounter;
  searchBudgetMs?: number;
  now?: () => number;
}

export interface ToolBox {
  definitions: readonly FunctionDefinition[];
  /** Never throws: a bad call gets an error result the model can act on. */
  call(name: string, rawArguments: string): Promise<ToolResult>;
}

const ajv = new Ajv({ allErrors: true, strict: false });
const validators = new Map<ToolName, ValidateFunction>(
  TOOL_DEFINITIONS.map((d) => [d.name, ajv.compile(d.parameters)]),
);

function describeErrors(errors: ErrorObject[]): string {
  return errors
    .slice(0, 5)
    .map((e) => {
      const at = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : 'the arguments';
      if (e.keyword === 'additionalProperties') {
        return `${at} has an unknown field ${JSON.stringify(String(e.params.additionalProperty).slice(0, 64))}`;
      }
      return `${at} ${e.message ?? 'is invalid'}`;
    })
    .join('; ');
}

function usage(d: FunctionDefinition): string {
  const props = (d.parameters.properties ?? {}) as Record<string, { type?: string; enum?: unknown[] }>;
  const required = new Set((d.parameters.required ?? []) as string[]);
  const fields = Object.entries(props).map(
    ([k, v]) =>
      `${k}${required.has(k) ? '' : '?'}: ${v.enum ? v.enum.map((x) => JSON.stringify(x)).join(' | ') : (v.type ?? 'any')}`,
  );
  return `${d.name}({ ${fields.join(', ')} })`;
}

export function createToolBox(o: ToolBoxOptions): ToolBox {
  if (!(o.maxResultTokens >= MIN_RESULT_TOKENS)) {
    throw new Error(`maxResultTokens is ${o.maxResultTokens}: give at least ${MIN_RESULT_TOKENS}.`);
  }
  const now = o.now ?? Date.now;
  const ctx: ToolContext = {
    repo: o.repo,
    files: o.files,
    history: o.history,
    base: o.base,
    budgetMs: o.searchBudgetMs ?? SEARCH_BUDGET_MS,
    now,
  };

  const run = async (name: string, raw: string): Promise<ToolOutput> => {
    const d = TOOL_DEFINITIONS.find((x) => x.name === name);
    if (!d) {
      return failure(
        `There is no tool named ${JSON.stringify(String(name).slice(0, 64))}. The tools are: ${TOOL_NAMES.join(', ')}.`,
      );
    }
    if (typeof raw !== 'string') raw = '';
    if (raw.length > MAX_ARGUMENT_CHARS) {
      return failure(
        `The arguments are ${raw.length} characters long, more than ${MAX_ARGUMENT_CHARS}: call ${usage(d)}.`,
      );
    }
    let args: unknown;
    try {
      args = raw.trim() === '' ? {} : JSON.parse(raw);
    } catch (e) {
      return failure(
        `The arguments are not valid JSON (${(e as Error).message}): call ${usage(d)} with a JSON object.`,
      );
    }
    if (typeof args !== 'object' || args === null || Array.isArray(args)) {
      return failure(`The arguments must be a JSON object: call ${usage(d)}.`);
    }
    const validate = validators.get(d.name)!;
    if (!validate(args)) {
      return failure(
        `The arguments do not fit ${d.name}: ${describeErrors(validate.errors ?? [])}. Call ${usage(d)}.`,
      );
    }
    const a = args as never;
    switch (d.name) {
      case 'read_file':
        return readFile(ctx, a);
      case 'list_directory':
        return listDirectory(ctx, a);
      case 'search':
        return search(ctx, a);
      case 'find_symbol':
        return findSymbol(ctx, a);
      case 'file_history':
        return fileHistory(ctx, a);
      case 'changed_file_diff':
        return changedFileDiff(ctx, a);
    }
  };

  return {
    definitions: TOOL_DEFINITIONS,
    async call(name, rawArguments) {
      const t0 = now();
      let out: ToolOutput;
      try {
        out = await run(name, rawArguments);
      } catch (e) {
        // A fault of the repository view (a snapshot removed too early, a read error) must not end the run.
        out = failure(
          `The tool failed (${(e as Error)?.message ?? String(e)}): try another call, or go on without it.`,
        );
      }
      const { content, tokens } = renderResult(name, out, { maxTokens: o.maxResultTokens, count: o.count });
      return { ok: out.ok, content, tokens, ms: now() - t0 };
    },
  };
}
