import type { Severity } from '../../types.ts';
import type { PipelineResult } from '../../pipeline.ts';
import type { FileDiff } from '../../diff/types.ts';
import { tally, type Verdict } from '../../findings/verdict.ts';
import type { ReviewPlan } from '../../plan.ts';
import type { Cost } from '../cost.ts';
import {
  findingText,
  notReviewed,
  refutedFindings,
  reportedFindings,
  walkthroughLines,
  type RefutedFinding,
  type ReportMeta,
  type ReportedFinding,
  type WalkthroughLine,
} from './findings.ts';

/*
 * The JSON report (`--format json`), for scripts and CI: one schema, versioned, with stable field
 * names. A review reports its findings; a dry run (`--dry-run --format json`) reports its plan. Both
 * begin with the same header, and name the files they did and did not review alike.
 */

type FileList = { path: string; reason: string }[];

interface Header {
  schemaVersion: 1;
  tool: { name: 'vtrix-review'; version: string };
  source: string;
  model: string;
  reasoningEffort: string;
}

export interface ReviewJson {
  verdict: Verdict;
  summary: string;
  counts: Record<Severity, number>;
  findings: ReportedFinding[];
  belowMinSeverity: Omit<ReportedFinding, 'placement' | 'note' | 'fingerprint'>[];
  reviewedFiles: string[];
  /** What the change to each reviewed file does, in the model's words; summary null when it did not say. */
  walkthrough: WalkthroughLine[];
  /** The kinds of change the model named, the main one first. */
  changeType: string[];
  notReviewed: FileList;
  failed: FileList;
  usage: { requests: number; promptTokens: number; completionTokens: number };
  /** The second look (`second-look`), null when there was none; refuted findings are not in `findings`. */
  secondLook: {
    candidates: number;
    checked: number;
    confirmed: number;
    unsure: number;
    unchecked: number;
    withTools: boolean;
    refuted: RefutedFinding[];
  } | null;
}

export interface PlanJson {
  filesChanged: number;
  reviewedFiles: string[];
  notReviewed: FileList;
  promptLimit: number;
  maxTokens: number;
  requests: { promptTokens: number; files: { path: string; part: string | null; tokens: number }[] }[];
  promptTokens: number;
  estimatedCostUsd: {
    pricesPerMillion: Cost['prices'];
    prompts: number;
    /** If every answer used all of max-tokens. */
    answersAtMost: number;
  };
  /** Whether the model may read the repository (`repository-tools`), and its budget per request. */
  repositoryTools: ToolsPlan;
  /** Whether the critical and major findings get a second look (`second-look`) before they are reported. */
  secondLook: LookPlan;
}

/** The second look of a run as the plan states it. */
export interface LookPlan {
  enabled: boolean;
  setting: string;
}

/** The repository tools of a run as the plan states them. */
export interface ToolsPlan {
  enabled: boolean;
  setting: string;
  /** Why they are off; null when on. */
  offBecause: string | null;
  maxCallsPerRequest: number;
  maxResultTokens: number;
}

/** The one builder: the header, then the report's own fields, as indented JSON. */
function jsonReport(meta: ReportMeta, body: ReviewJson | PlanJson): string {
  const header: Header = {
    schemaVersion: 1,
    tool: { name: 'vtrix-review', version: meta.version },
    source: meta.source,
    model: meta.model,
    reasoningEffort: meta.effort,
  };
  return JSON.stringify({ ...header, ...body }, null, 2) + '\n';
}

/** The review as JSON (`--format json`). */
export function toJson(r: PipelineResult, meta: ReportMeta): string {
  const findings = reportedFindings(r);
  return jsonReport(meta, {
    verdict: r.verdict,
    summary: r.summaries.join('\n\n'),
    counts: tally(findings),
    findings,
    belowMinSeverity: r.belowThreshold.map((f) => ({
      path: f.path,
      side: f.side,
      line: f.line,
      startLine: f.startLine,
      ...findingText(f),
    })),
    reviewedFiles: r.plan.reviewable.map((f) => f.path),
    walkthrough: walkthroughLines(r),
    changeType: [...r.changeTypes],
    notReviewed: notReviewed(r.skipped),
    failed: notReviewed(r.failed),
    usage: { requests: r.requests, promptTokens: r.promptTokens, completionTokens: r.completionTokens },
    secondLook: r.secondLook
      ? {
          candidates: r.secondLook.candidates,
          checked: r.secondLook.checked,
          confirmed: r.secondLook.confirmed,
          unsure: r.secondLook.unsure,
          unchecked: r.secondLook.unchecked,
          withTools: r.secondLook.withTools,
          refuted: refutedFindings(r),
        }
      : null,
  });
}

/** The plan as JSON (`--dry-run --format json`). */
export function planJson(
  plan: ReviewPlan,
  files: FileDiff[],
  maxTokens: number,
  meta: ReportMeta,
  cost: Cost,
  tools: ToolsPlan,
  look: LookPlan,
): string {
  return jsonReport(meta, {
    filesChanged: files.length,
    reviewedFiles: plan.reviewable.map((f) => f.path),
    notReviewed: notReviewed(plan.skipped),
    promptLimit: plan.promptLimit,
    maxTokens,
    requests: plan.requests.map((r) => ({
      promptTokens: r.promptTokens,
      files: r.chunk.pieces.map((p) => ({
        path: p.file.path,
        part: p.part ? `${p.part.index}/${p.part.total}` : null,
        tokens: p.tokens,
      })),
    })),
    promptTokens: plan.requests.reduce((n, r) => n + r.promptTokens, 0),
    estimatedCostUsd: {
      pricesPerMillion: cost.prices,
      prompts: Number(cost.input.toFixed(6)),
      answersAtMost: Number(cost.outputAtMost.toFixed(6)),
    },
    repositoryTools: tools,
    secondLook: look,
  });
}
