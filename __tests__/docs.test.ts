import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
// @ts-expect-error -- a plain JS script without types
import { render } from '../scripts/docs.js';

const ROOT = join(import.meta.dirname, '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const actionYml = readFileSync(join(ROOT, 'action.yml'), 'utf8');

describe('docs match action.yml', () => {
  it('README inputs and outputs tables are the ones action.yml makes (run `npm run docs`)', () => {
    expect(render(readme, actionYml)).toBe(readme);
  });

  it('every input and output has a description, and the action runs on node24', () => {
    const spec = parse(actionYml);
    for (const [name, i] of Object.entries(spec.inputs as Record<string, { description?: string }>)) {
      expect([name, (i.description ?? '').length > 10]).toEqual([name, true]);
    }
    for (const [name, o] of Object.entries(spec.outputs as Record<string, { description?: string }>)) {
      expect([name, (o.description ?? '').length > 10]).toEqual([name, true]);
    }
    expect(spec.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('keeps the interface workflows depend on', () => {
    const spec = parse(actionYml);
    expect(Object.keys(spec.inputs)).toEqual(
      expect.arrayContaining([
        'api-key',
        'base-url',
        'model',
        'reasoning-effort',
        'max-tokens',
        'context-window',
        'github-token',
        'exclude',
        'include',
        'instructions',
        'max-comments',
        'min-severity',
        'dry-run',
      ]),
    );
    expect(Object.keys(spec.outputs).sort()).toEqual(
      [
        'blocking',
        'comments',
        'completion-tokens',
        'effort',
        'findings',
        'prompt-tokens',
        'requests',
        'review-id',
        'review-url',
        'tool-calls',
        'refuted',
        'trigger',
      ].sort(),
    );
    expect(spec.inputs['api-key'].required).toBe(true);
    expect(spec.inputs['github-token'].default).toBe('${{ github.token }}');
  });
});
