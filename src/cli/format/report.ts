import { secondLookEnabled, toolsEnabled, type Settings } from '../../settings.ts';
import type { FileDiff } from '../../diff/types.ts';
import type { ReviewPlan } from '../../plan.ts';
import type { PipelineResult } from '../../pipeline.ts';
import type { Cost } from '../cost.ts';
import type { ReportMeta } from './findings.ts';
import { planJson, toJson, type LookPlan, type ToolsPlan } from './json.ts';
import { toMarkdown } from './markdown.ts';
import { toSarif } from './sarif.ts';
import { inertJson, terminalText, type Paint } from './terminal.ts';
import { renderPlan, renderReview } from './text.ts';

export type Format = 'text' | 'markdown' | 'json' | 'sarif';
export const FORMATS: Format[] = ['text', 'markdown', 'json', 'sarif'];

/** The review in `format` (`--format`). */
export function reviewReport(
  format: Format,
  r: PipelineResult,
  files: FileDiff[],
  meta: ReportMeta,
  paint: Paint,
): string {
  if (format === 'json') return toJson(r, meta);
  if (format === 'sarif') return toSarif(r, meta);
  if (format === 'markdown') return toMarkdown(r, files, meta);
  return renderReview(r, files, paint);
}

/** A dry run's plan: JSON for `--format json`, otherwise text (SARIF has no plan; refused earlier). */
export function planReport(
  format: Format,
  plan: ReviewPlan,
  files: FileDiff[],
  s: Settings,
  meta: ReportMeta,
  paint: Paint,
  cost: Cost,
): string {
  const on = toolsEnabled(s, s.reasoningEffort === 'xhigh');
  const offBecause = !on
    ? s.repositoryTools === 'never' || s.maxToolCalls === 0
      ? 'turned off (repository-tools: never, or max-tool-calls: 0)'
      : 'only a deep review (reasoning effort xhigh) uses them with repository-tools: deep'
    : meta.root === undefined
      ? 'a diff file has no repository to read'
      : null;
  const tools: ToolsPlan = {
    enabled: offBecause === null,
    setting: s.repositoryTools,
    offBecause,
    maxCallsPerRequest: s.maxToolCalls,
    maxResultTokens: s.maxToolResultTokens,
  };
  const look: LookPlan = {
    enabled: secondLookEnabled(s, s.reasoningEffort === 'xhigh'),
    setting: s.secondLook,
  };
  return format === 'json'
    ? planJson(plan, files, s.maxTokens, meta, cost, tools, look)
    : renderPlan(plan, files, s, meta.source, paint, cost, tools, look);
}

/**
 * The report as written out. The text format is cleaned string by string (our colours stay); the
 * others contain no escape sequence of ours, so nothing a model or PR author wrote can drive a
 * terminal that shows them.
 */
export function inert(format: Format, report: string): string {
  if (format === 'text') return report;
  return format === 'markdown' ? terminalText(report) : inertJson(report);
}
