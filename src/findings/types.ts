import type { Side } from '../diff/types.ts';
import { SEVERITIES, type Severity } from '../types.ts';

/** Lower rank = more severe. */
export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

export function atLeast(s: Severity, threshold: Severity): boolean {
  return severityRank(s) <= severityRank(threshold);
}

/** One problem the model reported, as it reported it (before placement on the diff). */
export interface Finding {
  path: string;
  line: number;
  startLine: number | null;
  side: Side;
  severity: Severity;
  title: string;
  body: string;
  suggestion: string | null;
  /** Index of the planned request that reported it. */
  request: number;
}
