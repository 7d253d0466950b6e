import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

export const ROOT = join(import.meta.dirname, '..', '..');
export const DIST = join(ROOT, 'dist', 'index.js');

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

interface ActionYml {
  inputs: Record<string, { default?: string; required?: boolean }>;
}

/**
 * Runs the bundled action as the runner does: `node dist/index.js` with every input as INPUT_<NAME>
 * (hyphens kept), defaults from action.yml, the event file, and the GITHUB_* variables.
 */
export function runAction(opts: {
  eventName: string;
  payload: unknown;
  inputs: Record<string, string>;
  githubUrl: string;
  token?: string;
  env?: Record<string, string>;
}): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'vtrix-action-'));
  const eventPath = join(dir, 'event.json');
  const outputPath = join(dir, 'output');
  const summaryPath = join(dir, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(opts.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');

  const yml = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml;
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: opts.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_API_URL: opts.githubUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'octo/repo',
    GITHUB_RUN_ID: '4242',
    GITHUB_SHA: 'ffffffffffffffffffffffffffffffffffffffff',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: dir,
    // A stray variable that must not redirect the model client.
    OPENAI_BASE_URL: 'http://127.0.0.1:9/never',
    OPENAI_API_KEY: 'sk-wrong',
  };
  for (const [name, spec] of Object.entries(yml.inputs)) {
    let value = spec.default ?? '';
    if (value.includes('${{')) value = name === 'github-token' ? (opts.token ?? 'ghs_test_token') : '';
    env[`INPUT_${name.toUpperCase()}`] = value;
  }
  for (const [name, value] of Object.entries(opts.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  Object.assign(env, opts.env ?? {});

  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [DIST], { env, cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({
        code: code ?? -1,
        stdout,
        stderr,
        outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
        summary: readFileSync(summaryPath, 'utf8'),
      });
    });
  });
}

/** Reads the `name<<DELIMITER` blocks @actions/core writes to GITHUB_OUTPUT. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    i++;
    while (i < lines.length && lines[i] !== m[2]) value.push(lines[i++]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}
