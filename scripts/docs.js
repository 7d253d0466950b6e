#!/usr/bin/env node
// Writes the README's inputs and outputs tables from action.yml, so the docs cannot drift.
// `node scripts/docs.js` rewrites README.md; `node scripts/docs.js --check` exits 1 when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..');

export function tables(actionYml) {
  const spec = parse(actionYml);
  const cell = (s) =>
    String(s ?? '')
      .replace(/\|/g, '\\|')
      .replace(/\n+/g, ' ')
      .trim();
  const inputs = Object.entries(spec.inputs).map(([name, i]) => {
    const dflt = i.required
      ? '**required**'
      : i.default === undefined || i.default === ''
        ? ''
        : `\`${cell(i.default)}\``;
    return `| \`${name}\` | ${dflt} | ${cell(i.description)} |`;
  });
  const outputs = Object.entries(spec.outputs).map(([name, o]) => `| \`${name}\` | ${cell(o.description)} |`);
  return {
    inputs: ['| input | default | description |', '|---|---|---|', ...inputs].join('\n'),
    outputs: ['| output | description |', '|---|---|', ...outputs].join('\n'),
  };
}

export function render(readme, actionYml) {
  const t = tables(actionYml);
  const put = (text, name, table) => {
    const re = new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`);
    if (!re.test(text))
      throw new Error(`README.md lacks the <!-- ${name}:start --> / <!-- ${name}:end --> markers`);
    return text.replace(re, `$1\n${table}\n$2`);
  };
  return put(put(readme, 'inputs', t.inputs), 'outputs', t.outputs);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const readmePath = join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const next = render(readme, readFileSync(join(root, 'action.yml'), 'utf8'));
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md inputs/outputs tables are stale: run `npm run docs`.');
      process.exit(1);
    }
  } else if (next !== readme) {
    writeFileSync(readmePath, next);
    console.log('README.md tables updated from action.yml.');
  }
}
