import type { Settings } from '../../settings.ts';
import type { FileDiff } from '../../diff/types.ts';
import type { ReviewPlan } from '../../plan.ts';
import type { PipelineResult } from '../../pipeline.ts';
import { usd, type Cost } from '../cost.ts';
import { codeLines, refutedFindings, walkthroughLines, where } from './findings.ts';
import type { LookPlan, ToolsPlan } from './json.ts';
import { terminalText, type Paint } from './terminal.ts';

/* The text format: the plan and the review for a terminal, in our colours when it is one. */

export function renderPlan(
  plan: ReviewPlan,
  files: FileDiff[],
  s: Settings,
  label: string,
  p: Paint,
  cost: Cost,
  tools: ToolsPlan,
  look: LookPlan,
): string {
  // Paths and reasons come from the diff (the PR author): shown, never interpreted by the terminal.
  const t = terminalText;
  const lines = [p.bold(`Plan for ${t(label)}`), ''];
  lines.push(
    `Files: ${files.length} changed, ${plan.reviewable.length} to review, ${plan.skipped.length} skipped`,
  );
  for (const f of plan.skipped) lines.push(p.dim(`  skip ${t(f.path)}: ${t(f.reason)}`));
  lines.push('');
  const total = plan.requests.reduce((n, r) => n + r.promptTokens, 0);
  lines.push(
    `Requests: ${plan.requests.length} (model ${t(s.model)}, effort ${s.reasoningEffort}, ${plan.promptLimit.toLocaleString('en-US')} prompt tokens each at most, ${s.maxTokens.toLocaleString('en-US')} reserved for the answer)`,
  );
  plan.requests.forEach((r, i) => {
    const fill = ((100 * r.promptTokens) / plan.promptLimit).toFixed(1);
    lines.push(
      `  ${i + 1}. ${r.promptTokens.toLocaleString('en-US')} prompt tokens (${fill}% of the limit), ${r.chunk.pieces.length} file part(s)`,
    );
    for (const piece of r.chunk.pieces) {
      lines.push(
        p.dim(
          `       ${t(piece.file.path)}${piece.part ? ` (part ${piece.part.index}/${piece.part.total})` : ''}: ${piece.tokens.toLocaleString('en-US')} tokens`,
        ),
      );
    }
  });
  lines.push(
    '',
    `Total: ${total.toLocaleString('en-US')} prompt tokens in ${plan.requests.length} request(s); at most ${(plan.requests.length * s.maxTokens).toLocaleString('en-US')} completion tokens.`,
    tools.enabled
      ? `Repository tools: on (git objects at --head), at most ${tools.maxCallsPerRequest} calls per request and ${tools.maxResultTokens.toLocaleString('en-US')} tokens per result; their results add to the prompt tokens above.`
      : `Repository tools: off (${tools.offBecause}).`,
    look.enabled
      ? `Second look: on: the critical and major findings are sent back once more (in batches of up to 8, ${tools.enabled ? 'with the tools' : 'without tools'}) to be confirmed or refuted; extra requests not counted above.`
      : `Second look: off (second-look: ${look.setting}${look.setting === 'deep' ? ', and this is not a deep review' : ''}).`,
    `Estimated cost: ${usd(cost.input)} for the prompts, plus at most ${usd(cost.outputAtMost)} for the answers (at $${cost.prices.input}/M input and $${cost.prices.output}/M output tokens; set --price-input and --price-output for your provider).`,
  );
  return lines.join('\n') + '\n';
}

const SEV_COLOR: Record<string, keyof Paint> = { critical: 'red', major: 'red', minor: 'yellow', nit: 'dim' };

/**
 * The review for the terminal. Every text the model or the PR author wrote goes through terminalText
 * before it is painted, so only our own colour codes reach the terminal.
 */
export function renderReview(r: PipelineResult, files: FileDiff[], p: Paint): string {
  const t = terminalText;
  const byPath = new Map(files.map((f) => [f.path, f]));
  const lines: string[] = [];
  if (r.requests > 0) {
    const color = r.verdict.level ? SEV_COLOR[r.verdict.level]! : 'green';
    lines.push(p.bold(p[color](`Verdict: ${t(r.verdict.text)}`)), '');
  }
  for (const s of r.summaries) lines.push(t(s).trim());
  if (lines.length > 0) lines.push('');
  if (r.changeTypes.length > 0) lines.push(`Type: ${r.changeTypes.join(', ')}`, '');
  const walk = walkthroughLines(r);
  if (walk.length > 0) {
    lines.push(p.bold('Walkthrough'));
    for (const w of walk)
      lines.push(
        `  ${p.cyan(t(w.path))}: ${w.summary !== null ? t(w.summary) : p.dim('not listed by the model')}`,
      );
    lines.push('');
  }
  const items = [
    ...r.placement.inline.map((c) => ({
      f: c.finding,
      path: c.path,
      line: c.line,
      start: c.startLine,
      note: c.movedFrom ? 'nearest diff line' : '',
    })),
    ...r.placement.body.map((b) => ({
      f: b.finding,
      path: b.path,
      line: b.finding.line,
      start: b.finding.startLine,
      note: b.reason,
    })),
  ].sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line);
  let current = '';
  for (const it of items) {
    if (it.path !== current) {
      current = it.path;
      lines.push(p.bold(p.cyan(t(it.path))));
    }
    const sev = p[SEV_COLOR[it.f.severity] ?? 'dim'](it.f.severity.toUpperCase());
    const where = it.start && it.start < it.line ? `${it.start}-${it.line}` : `${it.line}`;
    lines.push(`  ${where}  ${sev}  ${p.bold(t(it.f.title))}${it.note ? p.dim(` (${t(it.note)})`) : ''}`);
    for (const code of codeLines(byPath.get(it.path), {
      side: it.f.side,
      line: it.line,
      startLine: it.start,
    }))
      lines.push(p.dim(`      ${t(code)}`));
    for (const b of t(it.f.body).split('\n')) lines.push(`    ${b}`);
    if (it.f.suggestion) {
      lines.push(p.green('    suggestion:'));
      for (const s of t(it.f.suggestion).replace(/\n$/, '').split('\n')) lines.push(p.green(`      ${s}`));
    }
    lines.push('');
  }
  if (r.secondLook) {
    const l = r.secondLook;
    lines.push(
      p.bold(
        `Second look: ${l.candidates} critical/major finding(s) checked again${l.withTools ? ' with the repository tools' : ''}: ${l.confirmed} confirmed, ${l.unsure} doubted but kept, ${l.refuted.length} refuted, ${l.unchecked} not checked.`,
      ),
    );
    for (const f of refutedFindings(r)) {
      lines.push(p.dim(`  refuted  ${t(f.path)} ${where(f)}  ${f.severity.toUpperCase()}  ${t(f.title)}`));
      lines.push(p.dim(`    why (${f.confidence} confidence): ${t(f.evidence) || 'no reason given'}`));
    }
    lines.push('');
  }
  const hidden = r.belowThreshold.length;
  lines.push(
    `${items.length} finding(s)${hidden ? `, ${hidden} below min-severity hidden` : ''}; ${r.plan.reviewable.length} file(s) reviewed, ${r.skipped.length} skipped${r.failed.length ? `, ${r.failed.length} failed` : ''}; ${r.requests} request(s), ${r.promptTokens} prompt + ${r.completionTokens} completion tokens.`,
  );
  return lines.join('\n') + '\n';
}
